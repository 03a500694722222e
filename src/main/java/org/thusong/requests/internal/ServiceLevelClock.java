package org.thusong.requests.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thusong.core.ShortLivedCache;
import org.thusong.requests.WorkingCalendar;

/**
 * When a request is due: its service's target counted in the organisation's working hours
 * where it has set a working calendar, else in calendar hours.
 */
@Component
public class ServiceLevelClock {

	private final JdbcClient jdbc;

	/** Each organisation's calendar (or that it has none), read on every filing. */
	private final ShortLivedCache<String, Optional<WorkingCalendar>> calendars = new ShortLivedCache<>(Duration.ofSeconds(30));

	ServiceLevelClock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Instant dueAt(String organisationCode, Instant submittedAt, int targetHours) {
		return calendar(organisationCode).map(c -> c.add(submittedAt, targetHours))
			.orElse(submittedAt.plus(Duration.ofHours(targetHours)));
	}

	public Optional<WorkingCalendar> calendar(String organisationCode) {
		return calendars.get(organisationCode, org -> Optional.of(read(org))).orElseThrow();
	}

	private Optional<WorkingCalendar> read(String organisationCode) {
		Set<LocalDate> holidays = jdbc.sql("SELECT day FROM request_public_holiday WHERE organisation_code = :org")
			.param("org", organisationCode)
			.query((rs, n) -> rs.getDate("day").toLocalDate())
			.set();
		return jdbc.sql("SELECT * FROM request_working_calendar WHERE organisation_code = :org")
			.param("org", organisationCode)
			.query((rs, n) -> new WorkingCalendar(ZoneId.of(rs.getString("zone")), days(rs.getString("work_days")),
					rs.getTime("day_start").toLocalTime(), rs.getTime("day_end").toLocalTime(), holidays))
			.optional();
	}

	/** Saves an organisation's calendar, replacing its holidays. */
	public void save(String organisationCode, WorkingCalendar calendar) {
		calendars.forget(organisationCode);
		jdbc.sql("""
				INSERT INTO request_working_calendar (organisation_code, zone, work_days, day_start, day_end)
				VALUES (:org, :zone, :days, :start, :end)
				ON CONFLICT (organisation_code) DO UPDATE SET zone = EXCLUDED.zone, work_days = EXCLUDED.work_days,
				    day_start = EXCLUDED.day_start, day_end = EXCLUDED.day_end""")
			.param("org", organisationCode)
			.param("zone", calendar.zone().getId())
			.param("days", calendar.workDays().stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(",")))
			.param("start", java.sql.Time.valueOf(calendar.dayStart()))
			.param("end", java.sql.Time.valueOf(calendar.dayEnd()))
			.update();
		jdbc.sql("DELETE FROM request_public_holiday WHERE organisation_code = :org").param("org", organisationCode).update();
		for (LocalDate day : calendar.holidays()) {
			jdbc.sql("INSERT INTO request_public_holiday (organisation_code, day, name) VALUES (:org, :day, 'holiday')")
				.param("org", organisationCode)
				.param("day", java.sql.Date.valueOf(day))
				.update();
		}
	}

	private static Set<DayOfWeek> days(String text) {
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(DayOfWeek::valueOf).forEach(days::add);
		return days;
	}
}
