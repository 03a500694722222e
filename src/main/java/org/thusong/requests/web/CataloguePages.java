package org.thusong.requests.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.geography.AreaSummary;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.AttributeType;
import org.thusong.requests.CatalogueManagement;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.Priority;
import org.thusong.requests.ServiceAttribute;
import org.thusong.requests.ServiceCatalogue;
import org.thusong.requests.ServiceCodeTaken;
import org.thusong.requests.ServiceDraft;
import org.thusong.requests.WorkingCalendar;
import org.thusong.requests.internal.ServiceLevelClock;

/**
 * A municipality's administrators and managers edit its service catalogue here: services and
 * their questions, the routing rules that send an area's requests to another department, and the
 * working calendar targets count in. A platform administrator names the municipality with
 * {@code ?organisation=CODE}; a municipality outside the reader's scope does not exist for them.
 */
@Controller
@PreAuthorize(CataloguePages.EDITORS)
class CataloguePages {

	static final String EDITORS = "hasAnyRole('ADMIN','MANAGER')";

	/** The service form, as typed. */
	record ServiceForm(String code, String groupCode, String nameEn, String nameTr, String descriptionEn,
			String descriptionTr, String departmentCode, String targetHours, String priority, String keywords,
			Boolean active) {

		static ServiceForm empty() {
			return new ServiceForm("", "", "", "", "", "", "", "72", Priority.NORMAL.name(), "", true);
		}

		static ServiceForm of(CatalogueService s) {
			return new ServiceForm(s.code(), s.groupCode(), s.nameEn(), s.nameTr(), s.descriptionEn(), s.descriptionTr(),
					s.departmentCode(), String.valueOf(s.targetHours()), s.priority().name(), s.keywords(), s.active());
		}

		ServiceDraft draft() {
			int hours;
			try {
				hours = Integer.parseInt(targetHours == null ? "" : targetHours.trim());
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("targetHours", "a whole number of hours");
			}
			return new ServiceDraft(code, groupCode, nameEn, nameTr, descriptionEn, descriptionTr, departmentCode, hours,
					RequestApi.parse(Priority.class, priority, "priority"), keywords, Boolean.TRUE.equals(active));
		}
	}

	/** A question's form; list choices one per line as {@code key|English|Türkçe}. */
	record AttributeForm(String attributeCode, String type, Boolean required, String position,
			String attributeDescriptionEn, String attributeDescriptionTr, String choices) {

		static AttributeForm empty(int position) {
			return new AttributeForm("", AttributeType.STRING.name(), false, String.valueOf(position), "", "", "");
		}

		static AttributeForm of(ServiceAttribute a) {
			return new AttributeForm(a.code(), a.type().name(), a.required(), String.valueOf(a.position()),
					a.descriptionEn(), a.descriptionTr(),
					a.choices().stream().map(c -> c.key() + "|" + c.en() + "|" + c.tr()).collect(Collectors.joining("\n")));
		}

		ServiceAttribute attribute() {
			AttributeType parsed = RequestApi.parse(AttributeType.class, type, "type");
			if (parsed == null) {
				throw new InvalidInput("type", "choose a type");
			}
			int at;
			try {
				at = Integer.parseInt(position == null ? "" : position.trim());
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("position", "a whole number");
			}
			return new ServiceAttribute(attributeCode == null ? null : attributeCode.trim(), parsed,
					Boolean.TRUE.equals(required), at, attributeDescriptionEn, attributeDescriptionTr,
					parsed.isList() ? choices(choices) : List.of());
		}

		static List<ServiceAttribute.Choice> choices(String text) {
			List<ServiceAttribute.Choice> choices = new ArrayList<>();
			String[] lines = text == null ? new String[0] : text.split("\\R");
			for (int i = 0; i < lines.length; i++) {
				String line = lines[i].trim();
				if (line.isEmpty()) {
					continue;
				}
				String[] parts = line.split("\\|", -1);
				if (parts.length != 3 || !ServiceDraft.CODE.matcher(parts[0].trim()).matches() || parts[1].isBlank()
						|| parts[2].isBlank()) {
					throw new ChoiceLineRefused(i + 1, line);
				}
				choices.add(new ServiceAttribute.Choice(parts[0].trim(), parts[1].trim(), parts[2].trim()));
			}
			return choices;
		}
	}

	/** A line of choices that is not {@code key|English|Türkçe}. */
	static class ChoiceLineRefused extends InvalidInput {

		final int line;

		ChoiceLineRefused(int line, String text) {
			super("choices", "line " + line + " ('" + text + "') is not key|English|Türkçe");
			this.line = line;
		}
	}

	record RuleForm(String area, String departmentCode) {
	}

	record CalendarForm(List<String> workDays, String dayStart, String dayEnd, String holidays) {

		static CalendarForm of(WorkingCalendar c) {
			return new CalendarForm(c.workDays().stream().sorted().map(DayOfWeek::name).toList(), c.dayStart().toString(),
					c.dayEnd().toString(), c.holidays().stream().sorted().map(LocalDate::toString).collect(Collectors.joining("\n")));
		}

		static CalendarForm standard() {
			return new CalendarForm(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"), "08:00", "16:30", "");
		}

		WorkingCalendar calendar(OrganisationSummary municipality, WorkingCalendar current) {
			Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
			for (String day : workDays == null ? List.<String>of() : workDays) {
				days.add(RequestApi.parse(DayOfWeek.class, day, "workDays"));
			}
			Set<LocalDate> dates = new TreeSet<>();
			String[] lines = holidays == null ? new String[0] : holidays.split("\\R");
			for (String line : lines) {
				if (!line.isBlank()) {
					try {
						dates.add(LocalDate.parse(line.trim()));
					}
					catch (DateTimeParseException e) {
						throw new InvalidInput("holidays", "'" + line.trim() + "' is not a date such as 2026-12-16");
					}
				}
			}
			return new WorkingCalendar(current == null ? FilingChoices.zone(municipality) : current.zone(), days,
					time(dayStart, "dayStart"), time(dayEnd, "dayEnd"), dates);
		}

		private static LocalTime time(String text, String field) {
			try {
				return LocalTime.parse(text == null ? "" : text.trim());
			}
			catch (DateTimeParseException e) {
				throw new InvalidInput(field, "a time such as 08:00");
			}
		}
	}

	private final ServiceCatalogue catalogue;

	private final CatalogueManagement management;

	private final FilingChoices choices;

	private final Organisations organisations;

	private final ServiceLevelClock clock;

	private final MessageSource messages;

	CataloguePages(ServiceCatalogue catalogue, CatalogueManagement management, FilingChoices choices,
			Organisations organisations, ServiceLevelClock clock, MessageSource messages) {
		this.catalogue = catalogue;
		this.management = management;
		this.choices = choices;
		this.organisations = organisations;
		this.clock = clock;
		this.messages = messages;
	}

	// ---- services

	@GetMapping("/requests/catalogue")
	String catalogue(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			Model model) {
		if ((organisation == null || organisation.isBlank()) && choices.municipalityOf(me.organisationCode()).isEmpty()) {
			// A platform or provincial administrator belongs to no municipality: let them choose one.
			model.addAttribute("municipalities", choices.municipalitiesWithin(me.scope()));
			model.addAttribute("action", "/requests/catalogue");
			model.addAttribute("heading", "requests.catalogue.chooseTitle");
			return "requests/choose";
		}
		OrganisationSummary municipality = municipality(me, organisation);
		Map<String, List<CatalogueService>> groups = new LinkedHashMap<>();
		for (CatalogueService service : catalogue.everyService(municipality.code())) {
			groups.computeIfAbsent(service.groupCode(), g -> new ArrayList<>()).add(service);
		}
		model.addAttribute("municipality", municipality);
		model.addAttribute("groups", groups);
		model.addAttribute("departmentNames", departmentNames(municipality));
		return "requests/catalogue";
	}

	@GetMapping("/requests/catalogue/new")
	String newService(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			Model model) {
		OrganisationSummary municipality = municipality(me, organisation);
		return serviceForm(municipality, null, ServiceForm.empty(), Map.of(), model);
	}

	@PostMapping("/requests/catalogue/new")
	String addService(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			ServiceForm form, HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		try {
			CatalogueService added = management.addService(municipality.code(), form.draft());
			redirect.addFlashAttribute("done", messages.getMessage("requests.catalogue.saved", new Object[] { added.nameEn() }, locale));
			return "redirect:/requests/catalogue/" + added.code() + "/edit?organisation=" + municipality.code();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return serviceForm(municipality, null, form, errors(e, locale), model);
		}
	}

	@GetMapping("/requests/catalogue/{code}/edit")
	String editService(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, Model model) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		return serviceForm(municipality, service, ServiceForm.of(service), Map.of(), model);
	}

	@PostMapping("/requests/catalogue/{code}/edit")
	String changeService(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, ServiceForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		ServiceForm typed = new ServiceForm(service.code(), form.groupCode(), form.nameEn(), form.nameTr(),
				form.descriptionEn(), form.descriptionTr(), form.departmentCode(), form.targetHours(), form.priority(),
				form.keywords(), form.active());
		try {
			CatalogueService changed = management.changeService(municipality.code(), service.code(), typed.draft());
			redirect.addFlashAttribute("done", messages.getMessage("requests.catalogue.saved", new Object[] { changed.nameEn() }, locale));
			return "redirect:/requests/catalogue?organisation=" + municipality.code();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return serviceForm(municipality, service, typed, errors(e, locale), model);
		}
	}

	@PostMapping("/requests/catalogue/{code}/deactivate")
	String deactivate(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = management.deactivate(municipality.code(), service(municipality, code).code());
		redirect.addFlashAttribute("done", messages.getMessage("requests.catalogue.deactivated", new Object[] { service.nameEn() }, locale));
		return "redirect:/requests/catalogue?organisation=" + municipality.code();
	}

	private String serviceForm(OrganisationSummary municipality, CatalogueService service, ServiceForm form,
			Map<String, String> errors, Model model) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("service", service);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("departments", organisations.departments(municipality.code()));
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("groupCodes", catalogue.everyService(municipality.code()).stream().map(CatalogueService::groupCode)
			.distinct().sorted().toList());
		return "requests/catalogue-service";
	}

	// ---- questions

	@GetMapping("/requests/catalogue/{code}/attributes/new")
	String newAttribute(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, Model model) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		int next = service.attributes().stream().mapToInt(ServiceAttribute::position).max().orElse(0) + 1;
		return attributeForm(municipality, service, null, AttributeForm.empty(next), Map.of(), model);
	}

	@PostMapping("/requests/catalogue/{code}/attributes/new")
	String addAttribute(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, AttributeForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		try {
			management.addAttribute(municipality.code(), service.code(), form.attribute());
			redirect.addFlashAttribute("done", messages.getMessage("requests.catalogue.attributeSaved", null, locale));
			return "redirect:/requests/catalogue/" + service.code() + "/edit?organisation=" + municipality.code();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return attributeForm(municipality, service, null, form, errors(e, locale), model);
		}
	}

	@GetMapping("/requests/catalogue/{code}/attributes/{attribute}/edit")
	String editAttribute(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, @PathVariable String attribute, Model model) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		ServiceAttribute existing = attribute(service, attribute);
		return attributeForm(municipality, service, existing, AttributeForm.of(existing), Map.of(), model);
	}

	@PostMapping("/requests/catalogue/{code}/attributes/{attribute}/edit")
	String changeAttribute(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, @PathVariable String attribute, AttributeForm form, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		ServiceAttribute existing = attribute(service, attribute);
		AttributeForm typed = new AttributeForm(existing.code(), form.type(), form.required(), form.position(),
				form.attributeDescriptionEn(), form.attributeDescriptionTr(), form.choices());
		try {
			management.changeAttribute(municipality.code(), service.code(), typed.attribute());
			redirect.addFlashAttribute("done", messages.getMessage("requests.catalogue.attributeSaved", null, locale));
			return "redirect:/requests/catalogue/" + service.code() + "/edit?organisation=" + municipality.code();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return attributeForm(municipality, service, existing, typed, errors(e, locale), model);
		}
	}

	@PostMapping("/requests/catalogue/{code}/attributes/{attribute}/remove")
	String removeAttribute(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, @PathVariable String attribute, RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		management.removeAttribute(municipality.code(), service.code(), attribute(service, attribute).code());
		redirect.addFlashAttribute("done", messages.getMessage("requests.catalogue.attributeRemoved", null, locale));
		return "redirect:/requests/catalogue/" + service.code() + "/edit?organisation=" + municipality.code();
	}

	private String attributeForm(OrganisationSummary municipality, CatalogueService service, ServiceAttribute existing,
			AttributeForm form, Map<String, String> errors, Model model) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("service", service);
		model.addAttribute("existing", existing);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("types", AttributeType.values());
		return "requests/catalogue-attribute";
	}

	// ---- routing rules

	@GetMapping("/requests/catalogue/{code}/routing")
	String routing(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, Model model) {
		OrganisationSummary municipality = municipality(me, organisation);
		return routingPage(municipality, service(municipality, code), new RuleForm("", ""), Map.of(), model);
	}

	@PostMapping("/requests/catalogue/{code}/routing")
	String addRule(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, RuleForm form, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		try {
			management.addRoutingRule(municipality.code(), service.code(), form.area(), form.departmentCode());
			redirect.addFlashAttribute("done", messages.getMessage("requests.routing.added", null, locale));
			return "redirect:/requests/catalogue/" + service.code() + "/routing?organisation=" + municipality.code();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return routingPage(municipality, service, form, errors(e, locale), model);
		}
	}

	@PostMapping("/requests/catalogue/{code}/routing/{rule}/remove")
	String removeRule(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			@PathVariable String code, @PathVariable long rule, RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		CatalogueService service = service(municipality, code);
		management.removeRoutingRule(municipality.code(), service.code(), rule);
		redirect.addFlashAttribute("done", messages.getMessage("requests.routing.removed", null, locale));
		return "redirect:/requests/catalogue/" + service.code() + "/routing?organisation=" + municipality.code();
	}

	private String routingPage(OrganisationSummary municipality, CatalogueService service, RuleForm form,
			Map<String, String> errors, Model model) {
		List<AreaSummary> wards = choices.wards(municipality);
		model.addAttribute("municipality", municipality);
		model.addAttribute("service", service);
		model.addAttribute("rules", management.routingRules(municipality.code(), service.code()));
		model.addAttribute("wards", wards);
		model.addAttribute("wardNames", wards.stream().collect(Collectors.toMap(AreaSummary::code, AreaSummary::name, (a, b) -> a)));
		model.addAttribute("departments", organisations.departments(municipality.code()));
		model.addAttribute("departmentNames", departmentNames(municipality));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "requests/catalogue-routing";
	}

	// ---- working calendar

	@GetMapping("/requests/calendar")
	String calendar(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			Model model) {
		OrganisationSummary municipality = municipality(me, organisation);
		WorkingCalendar current = clock.calendar(municipality.code()).orElse(null);
		return calendarPage(municipality, current, current == null ? CalendarForm.standard() : CalendarForm.of(current),
				Map.of(), model);
	}

	@PostMapping("/requests/calendar")
	String setCalendar(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			CalendarForm form, HttpServletResponse response, Model model, RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation);
		WorkingCalendar current = clock.calendar(municipality.code()).orElse(null);
		try {
			management.setWorkingCalendar(municipality.code(), form.calendar(municipality, current));
			redirect.addFlashAttribute("done", messages.getMessage("requests.calendar.saved", null, locale));
			return "redirect:/requests/calendar?organisation=" + municipality.code();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return calendarPage(municipality, current, form, errors(e, locale), model);
		}
	}

	private String calendarPage(OrganisationSummary municipality, WorkingCalendar current, CalendarForm form,
			Map<String, String> errors, Model model) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("current", current);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("days", DayOfWeek.values());
		return "requests/calendar";
	}

	// ---- shared

	/**
	 * The municipality whose catalogue is edited: the one named, if the reader's scope covers it,
	 * else the reader's own. Outside the scope it is a 404, as if it did not exist.
	 */
	private OrganisationSummary municipality(ThusongUser me, String organisation) {
		OrganisationSummary chosen;
		if (organisation != null && !organisation.isBlank()) {
			chosen = choices.municipality(organisation.trim());
		}
		else {
			chosen = choices.municipalityOf(me.organisationCode())
				.orElseThrow(() -> new NotFound("Choose the municipality: add ?organisation=CODE"));
		}
		if (!me.scope().covers(chosen.jurisdictionPath())) {
			throw new NotFound("No municipality has the code '" + chosen.code() + "' within your scope");
		}
		return chosen;
	}

	private CatalogueService service(OrganisationSummary municipality, String code) {
		return catalogue.anyService(municipality.code(), code)
			.orElseThrow(() -> new NotFound("The catalogue of " + municipality.name() + " has no service '" + code + "'"));
	}

	private static ServiceAttribute attribute(CatalogueService service, String code) {
		return service.attributes().stream().filter(a -> a.code().equals(code)).findFirst()
			.orElseThrow(() -> new NotFound("The service '" + service.code() + "' asks no question '" + code + "'"));
	}

	private Map<String, String> departmentNames(OrganisationSummary municipality) {
		Map<String, String> names = new LinkedHashMap<>();
		organisations.departments(municipality.code()).forEach(d -> names.put(d.code(), d.name()));
		return names;
	}

	/** A refusal as a message next to its field, from the bundle ({@code requests.catalogue.error.<field>}). */
	private Map<String, String> errors(InvalidInput e, Locale locale) {
		String key = "requests.catalogue.error." + e.field();
		Object[] args = null;
		if (e instanceof ServiceCodeTaken) {
			key = "requests.catalogue.error.codeTaken";
		}
		else if (e instanceof ChoiceLineRefused refused) {
			key = "requests.catalogue.error.choiceLine";
			args = new Object[] { refused.line };
		}
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(e.field(), messages.getMessage(key, args, e.getMessage(), locale));
		return errors;
	}
}
