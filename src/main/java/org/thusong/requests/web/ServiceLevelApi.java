package org.thusong.requests.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.OnTime;
import org.thusong.requests.OnTimeGroup;
import org.thusong.requests.ServiceLevels;
import org.thusong.requests.WorkingCalendar;
import org.thusong.requests.internal.ServiceLevelClock;

/** On-time percentages, and the working calendar an organisation counts its targets in. */
@RestController
@RequestMapping("/api/v1")
class ServiceLevelApi {

	private final ServiceLevels levels;

	private final ServiceLevelClock clock;

	private final Organisations organisations;

	private final AuditTrail audit;

	ServiceLevelApi(ServiceLevels levels, ServiceLevelClock clock, Organisations organisations, AuditTrail audit) {
		this.levels = levels;
		this.clock = clock;
		this.organisations = organisations;
		this.audit = audit;
	}

	/** A working calendar as clients send it: days like MONDAY, times like 08:00, holidays as dates. */
	record Calendar(String zone, List<String> workDays, String dayStart, String dayEnd, List<String> holidays) {
	}

	@GetMapping("/requests/service-levels")
	List<OnTime> onTime(Scope scope, @RequestParam(defaultValue = "service") String by,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		OnTimeGroup groupBy = RequestApi.parse(OnTimeGroup.class, by, "by");
		return levels.onTime(scope, groupBy, organisation, instant(from, "from"), instant(to, "to"));
	}

	@GetMapping("/organisations/{code}/working-calendar")
	WorkingCalendar calendar(@PathVariable String code, Scope scope) {
		OrganisationSummary organisation = visible(code, scope);
		return clock.calendar(organisation.code())
			.orElseThrow(() -> new NotFound(organisation.name() + " counts its targets in calendar hours: no working calendar is set"));
	}

	@PutMapping("/organisations/{code}/working-calendar")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER')")
	@Transactional
	WorkingCalendar setCalendar(@PathVariable String code, @RequestBody Calendar body, Scope scope) {
		OrganisationSummary organisation = visible(code, scope);
		if (body == null) {
			throw new InvalidInput("body", "is required");
		}
		WorkingCalendar calendar = new WorkingCalendar(zone(body.zone(), organisation), days(body.workDays()),
				time(body.dayStart(), "dayStart"), time(body.dayEnd(), "dayEnd"), holidays(body.holidays()));
		clock.save(organisation.code(), calendar);
		audit.record("working-calendar", organisation.code(), "set", organisation.jurisdictionPath(), null, calendar);
		return calendar;
	}

	private OrganisationSummary visible(String code, Scope scope) {
		return organisations.findByCode(code).filter(o -> scope.covers(o.jurisdictionPath()))
			.orElseThrow(() -> new NotFound("No organisation has the code '" + code + "' within your scope"));
	}

	private static ZoneId zone(String text, OrganisationSummary organisation) {
		if (text == null || text.isBlank()) {
			return Scope.of(organisation.jurisdictionPath()).timeZone();
		}
		try {
			return ZoneId.of(text.trim());
		}
		catch (RuntimeException e) {
			throw new InvalidInput("zone", "'" + text + "' is not a time zone such as Africa/Johannesburg");
		}
	}

	private static Set<DayOfWeek> days(List<String> names) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String name : names == null ? List.<String>of() : names) {
			days.add(RequestApi.parse(DayOfWeek.class, name, "workDays"));
		}
		return days;
	}

	private static LocalTime time(String text, String field) {
		try {
			return text == null ? null : LocalTime.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "must be a time such as 08:00, not '" + text + "'");
		}
	}

	private static Set<LocalDate> holidays(List<String> dates) {
		Set<LocalDate> holidays = new java.util.HashSet<>();
		for (String date : dates == null ? List.<String>of() : dates) {
			try {
				holidays.add(LocalDate.parse(date.trim()));
			}
			catch (RuntimeException e) {
				throw new InvalidInput("holidays", "'" + date + "' is not a date such as 2026-12-16");
			}
		}
		return holidays;
	}

	private static java.time.Instant instant(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(text.trim()).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				return LocalDate.parse(text.trim()).atStartOfDay(ZoneId.of("UTC")).toInstant();
			}
			catch (DateTimeParseException again) {
				throw new InvalidInput(field, "must be a date (2026-11-01) or a date-time with offset, not '" + text + "'");
			}
		}
	}
}
