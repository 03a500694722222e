package org.thusong.requests.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.RequestDesk;
import org.thusong.requests.RequestFilter;
import org.thusong.requests.RequestQueue;
import org.thusong.requests.RequestStatus;
import org.thusong.requests.RequestSummary;
import org.thusong.requests.RequestView;
import org.thusong.requests.RequestViews;
import org.thusong.requests.ServiceAttribute;

/**
 * The staff side of the desk: the queue of requests in the reader's scope (filters, order, pages,
 * overdue marks, assigning many at once) and one request with its whole history and the steps
 * its status allows. Auditors and coordinators read; managers, officers and agents act.
 */
@Controller
class RequestPages {

	static final String READERS = "hasAnyRole('ADMIN','MANAGER','OFFICER','AGENT','COORDINATOR','AUDITOR')";

	static final String ACTORS = "hasAnyRole('ADMIN','MANAGER','OFFICER','AGENT')";

	private static final int PAGE_SIZE = 25;

	private final RequestQueue queue;

	private final RequestViews views;

	private final RequestDesk desk;

	private final FilingChoices choices;

	private final Organisations organisations;

	private final MessageSource messages;

	RequestPages(RequestQueue queue, RequestViews views, RequestDesk desk, FilingChoices choices,
			Organisations organisations, MessageSource messages) {
		this.queue = queue;
		this.views = views;
		this.desk = desk;
		this.choices = choices;
		this.organisations = organisations;
		this.messages = messages;
	}

	/** A row of a list: the request, its service's name and the time to its deadline in words. */
	record Row(RequestSummary request, String service, String due, String submitted, String age) {
	}

	@GetMapping("/requests")
	@PreAuthorize(READERS)
	String queue(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String status,
			@RequestParam(required = false) String service, @RequestParam(required = false) String department,
			@RequestParam(required = false) String ward, @RequestParam(required = false) String q,
			@RequestParam(required = false) boolean overdue, @RequestParam(required = false) String sort,
			@RequestParam(required = false) Integer page, Model model, Locale locale) {
		RequestFilter.Sort order = RequestApi.parse(RequestFilter.Sort.class, sort, "sort");
		RequestFilter filter = new RequestFilter(null, statuses(status), ReportPages.blank(service),
				ReportPages.blank(department), ReportPages.blank(ward), ReportPages.blank(q), null, null, overdue, order);
		PageOf<RequestSummary> results = queue.page(scope, filter, PageRequestOf.of(page, PAGE_SIZE, PAGE_SIZE));
		Optional<OrganisationSummary> municipality = choices.municipalityOf(me.organisationCode());
		model.addAttribute("rows", rows(results.items(), scope, municipality, locale));
		model.addAttribute("results", results);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("sorts", RequestFilter.Sort.values());
		model.addAttribute("status", status == null ? "" : status);
		model.addAttribute("service", service == null ? "" : service);
		model.addAttribute("department", department == null ? "" : department);
		model.addAttribute("ward", ward == null ? "" : ward);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("overdue", overdue);
		model.addAttribute("sort", filter.sort().name());
		model.addAttribute("services", municipality.map(m -> choices.serviceList(m.code())).orElse(List.of()));
		model.addAttribute("departments", municipality.map(m -> organisations.departments(m.code())).orElse(List.of()));
		model.addAttribute("wards", municipality.map(choices::wards).orElse(List.of()));
		model.addAttribute("canAct", canAct(me));
		model.addAttribute("canEditCatalogue", me.has(Role.ADMIN) || me.has(Role.MANAGER));
		return "requests/queue";
	}

	@PostMapping("/requests/assign")
	@PreAuthorize(ACTORS)
	String assignMany(Scope scope, @AuthenticationPrincipal ThusongUser me,
			@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(required = false) String department, RedirectAttributes redirect, Locale locale) {
		if (selected == null || selected.isEmpty()) {
			redirect.addFlashAttribute("failed", messages.getMessage("requests.bulk.none", null, locale));
			return "redirect:/requests";
		}
		List<String> assigned = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (String reference : selected) {
			try {
				desk.assign(reference, department, null, me.getUsername(), scope);
				assigned.add(reference);
			}
			catch (InvalidInput e) {
				failures.add(reference + ": " + PageText.message(e, messages, locale));
			}
			catch (Conflict e) {
				String message = PageText.message(e, messages, locale);
				failures.add(message.contains(reference) ? message : reference + ": " + message);
			}
			catch (NotFound e) {
				failures.add(messages.getMessage("requests.error.notFound", new Object[] { reference }, locale));
			}
		}
		redirect.addFlashAttribute("done", messages.getMessage("requests.bulk.done", new Object[] { assigned.size(),
				department == null ? "" : department }, locale));
		redirect.addFlashAttribute("failures", failures);
		return "redirect:/requests";
	}

	@GetMapping("/requests/{reference}")
	@PreAuthorize(READERS)
	String detail(@PathVariable String reference, Scope scope, @AuthenticationPrincipal ThusongUser me, Model model,
			Locale locale) {
		RequestView view = views.forStaff(reference, scope);
		OrganisationSummary municipality = choices.organisation(view.organisationCode()).orElseThrow();
		ZoneId zone = FilingChoices.zone(municipality);
		Optional<CatalogueService> service = choices.service(view.organisationCode(), view.serviceCode());
		model.addAttribute("request", view);
		model.addAttribute("municipality", municipality);
		model.addAttribute("serviceName", service.map(s -> s.name(locale)).orElse(view.serviceCode()));
		Map<String, String> answers = new LinkedHashMap<>();
		view.answers().forEach((code, values) -> {
			Optional<ServiceAttribute> attribute = service.flatMap(s -> s.attributes().stream().filter(a -> a.code().equals(code)).findFirst());
			answers.put(attribute.map(a -> a.description(locale)).orElse(code), String.join(", ", values.stream()
				.map(v -> attribute.flatMap(a -> a.choices().stream().filter(c -> c.key().equals(v)).findFirst())
					.map(c -> c.name(locale)).orElse(v))
				.toList()));
		});
		model.addAttribute("answers", answers);
		model.addAttribute("times", Map.of("submitted", PageText.time(view.submittedAt(), zone), "due",
				PageText.time(view.dueAt(), zone), "acknowledged", PageText.time(view.acknowledgedAt(), zone), "resolved",
				PageText.time(view.resolvedAt(), zone), "closed", PageText.time(view.closedAt(), zone)));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("dueWords", view.status().isOpen() ? PageText.due(view.dueAt(), Instant.now(), messages, locale) : null);
		model.addAttribute("steps", view.history().stream()
			.map(s -> new HistoryStep(PageText.time(s.at(), zone), s.actor(), s.action(), s.note(), s.isPublic()))
			.toList());
		model.addAttribute("photos", views.photos(view.reference()));
		model.addAttribute("departments", organisations.departments(view.organisationCode()));
		model.addAttribute("canAct", canAct(me));
		Set<RequestStatus> next = view.status().next();
		Map<String, Boolean> allowed = new LinkedHashMap<>();
		allowed.put("acknowledge", next.contains(RequestStatus.ACKNOWLEDGED));
		allowed.put("assign", next.contains(RequestStatus.ASSIGNED));
		allowed.put("start", next.contains(RequestStatus.IN_PROGRESS));
		allowed.put("resolve", next.contains(RequestStatus.RESOLVED));
		allowed.put("close", next.contains(RequestStatus.CLOSED));
		allowed.put("reopen", next.contains(RequestStatus.REOPENED));
		allowed.put("reject", next.contains(RequestStatus.REJECTED));
		allowed.put("refer", next.contains(RequestStatus.REFERRED));
		allowed.put("duplicate", next.contains(RequestStatus.DUPLICATE));
		model.addAttribute("allowed", allowed);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "requests/detail";
	}

	/** A step of the history as staff read it, public or internal. */
	record HistoryStep(String at, String actor, String action, String note, boolean isPublic) {
	}

	@PostMapping("/requests/{reference}/{action:acknowledge|assign|start|resolve|close|reject|refer|duplicate|reopen|note}")
	@PreAuthorize(ACTORS)
	String act(@PathVariable String reference, @PathVariable String action, Scope scope,
			@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String department,
			@RequestParam(required = false) String officer, @RequestParam(required = false) String note,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String referredTo,
			@RequestParam(required = false) String theirReference, @RequestParam(required = false) String original,
			@RequestParam(name = "public", required = false) boolean isPublic, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		String actor = me.getUsername();
		try {
			switch (action) {
				case "acknowledge" -> desk.acknowledge(reference, actor, scope);
				case "assign" -> desk.assign(reference, department, ReportPages.blank(officer), actor, scope);
				case "start" -> desk.startWork(reference, actor, scope);
				case "resolve" -> desk.resolve(reference, note, actor, scope);
				case "close" -> desk.close(reference, actor, scope);
				case "reject" -> desk.reject(reference, reason, actor, scope);
				case "refer" -> desk.refer(reference, referredTo, theirReference, actor, scope);
				case "duplicate" -> desk.markDuplicate(reference, original, actor, scope);
				case "reopen" -> desk.reopen(reference, reason, actor, scope);
				default -> desk.addNote(reference, note, isPublic, actor, scope);
			}
			redirect.addFlashAttribute("done", messages.getMessage("requests.detail.done." + action, null, locale));
			return "redirect:/requests/" + reference;
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", Map.of(action + "." + PageText.field(e), PageText.message(e, messages, locale)));
			String page = detail(reference, scope, me, model, locale);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page;
		}
		catch (Conflict e) {
			model.addAttribute("failed", e.getMessage());
			String page = detail(reference, scope, me, model, locale);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page;
		}
	}

	List<Row> rows(List<RequestSummary> requests, Scope scope, Optional<OrganisationSummary> municipality, Locale locale) {
		Instant now = Instant.now();
		Map<String, Map<String, String>> names = new LinkedHashMap<>();
		List<Row> rows = new ArrayList<>();
		for (RequestSummary r : requests) {
			Map<String, String> services = names.computeIfAbsent(r.organisationCode(), org -> {
				Map<String, String> byCode = new LinkedHashMap<>();
				choices.serviceList(org).forEach(s -> byCode.put(s.code(), s.name(locale)));
				return byCode;
			});
			ZoneId zone = municipality.map(FilingChoices::zone).orElse(scope.timeZone());
			rows.add(new Row(r, services.getOrDefault(r.serviceCode(), r.serviceCode()),
					r.status().isOpen() ? PageText.due(r.dueAt(), now, messages, locale) : null,
					PageText.time(r.submittedAt(), zone), PageText.age(r.submittedAt(), now, messages, locale)));
		}
		return rows;
	}

	static boolean canAct(ThusongUser me) {
		return me.has(Role.ADMIN) || me.has(Role.MANAGER) || me.has(Role.OFFICER) || me.has(Role.AGENT);
	}

	static Set<RequestStatus> statuses(String status) {
		if (status == null || status.isBlank()) {
			return Set.of();
		}
		if (status.trim().equalsIgnoreCase("open")) {
			Set<RequestStatus> open = EnumSet.noneOf(RequestStatus.class);
			for (RequestStatus s : RequestStatus.values()) {
				if (s.isOpen()) {
					open.add(s);
				}
			}
			return open;
		}
		return Set.of(RequestApi.parse(RequestStatus.class, status, "status"));
	}
}
