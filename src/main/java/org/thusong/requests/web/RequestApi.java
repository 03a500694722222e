package org.thusong.requests.web;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.InvalidInput;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.Channel;
import org.thusong.requests.FiledBy;
import org.thusong.requests.NewServiceRequest;
import org.thusong.requests.RequestDesk;
import org.thusong.requests.RequestFilter;
import org.thusong.requests.RequestKind;
import org.thusong.requests.RequestQueue;
import org.thusong.requests.RequestStatus;
import org.thusong.requests.RequestSummary;
import org.thusong.requests.RequestView;
import org.thusong.requests.RequestViews;
import org.thusong.requests.ServiceCatalogue;

/**
 * The requests desk for staff and machine clients, in JSON: the catalogue, filing, the queue,
 * one request with its history, and each step of the lifecycle. (Open311 clients use
 * {@code /open311/v2}.)
 */
@RestController
@RequestMapping("/api/v1")
class RequestApi {

	private final RequestDesk desk;

	private final RequestQueue queue;

	private final RequestViews views;

	private final ServiceCatalogue catalogue;

	RequestApi(RequestDesk desk, RequestQueue queue, RequestViews views, ServiceCatalogue catalogue) {
		this.desk = desk;
		this.queue = queue;
		this.views = views;
		this.catalogue = catalogue;
	}

	/** A request as JSON clients file it. */
	record Filing(String organisationCode, String serviceCode, String kind, String description, Double lat, Double lon,
			String wardCode, String demarcation, String address, String name, String phone, String email, String filedBy,
			String channel, Map<String, List<String>> attributes) {
	}

	record Step(String department, String officer, String note, String reason, String referredTo, String theirReference,
			String original, Boolean isPublic) {
	}

	@GetMapping("/organisations/{code}/services")
	List<CatalogueService> services(@PathVariable String code) {
		return catalogue.services(code);
	}

	@GetMapping("/requests")
	PageOf<RequestSummary> list(Scope scope, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) List<String> status, @RequestParam(required = false) String service,
			@RequestParam(required = false) String department, @RequestParam(required = false) String ward,
			@RequestParam(required = false) String q, @RequestParam(required = false) boolean overdue,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		RequestFilter filter = new RequestFilter(blank(organisation), statuses(status), blank(service), blank(department),
				blank(ward), blank(q), null, null, overdue, parse(RequestFilter.Sort.class, sort, "sort"));
		return queue.page(scope, filter, PageRequestOf.of(page, size, 50));
	}

	@PostMapping("/requests")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER','AGENT','COMMUNITY_REPRESENTATIVE','COORDINATOR')")
	ResponseEntity<RequestView> file(@RequestBody Filing body, Authentication who, Scope scope) {
		if (body == null) {
			throw new InvalidInput("body", "is required");
		}
		FiledBy filedBy = parse(FiledBy.class, body.filedBy(), "filedBy");
		NewServiceRequest command = new NewServiceRequest(body.organisationCode(), body.serviceCode(),
				parse(RequestKind.class, body.kind(), "kind"), body.description(), body.lat(), body.lon(), body.wardCode(),
				body.demarcation(), body.address(), body.name(), body.phone(), body.email(),
				filedBy == null ? FiledBy.AGENT : filedBy, orDefault(parse(Channel.class, body.channel(), "channel"), Channel.API),
				body.attributes());
		String reference = desk.file(command, who.getName()).reference();
		return ResponseEntity.created(URI.create("/api/v1/requests/" + reference)).body(views.forStaff(reference, Scope.everything()));
	}

	@GetMapping("/requests/{reference}")
	RequestView one(@PathVariable String reference, Scope scope) {
		return views.forStaff(reference, scope);
	}

	@PostMapping("/requests/{reference}/{action}")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER','AGENT')")
	RequestView act(@PathVariable String reference, @PathVariable String action, @RequestBody(required = false) Step body,
			Authentication who, Scope scope) {
		Step step = body == null ? new Step(null, null, null, null, null, null, null, null) : body;
		String actor = who.getName();
		switch (action) {
			case "acknowledge" -> desk.acknowledge(reference, actor, scope);
			case "assign" -> desk.assign(reference, step.department(), step.officer(), actor, scope);
			case "start" -> desk.startWork(reference, actor, scope);
			case "resolve" -> desk.resolve(reference, step.note(), actor, scope);
			case "close" -> desk.close(reference, actor, scope);
			case "reject" -> desk.reject(reference, step.reason(), actor, scope);
			case "refer" -> desk.refer(reference, step.referredTo(), step.theirReference(), actor, scope);
			case "duplicate" -> desk.markDuplicate(reference, step.original(), actor, scope);
			case "reopen" -> desk.reopen(reference, step.reason(), actor, scope);
			case "notes" -> desk.addNote(reference, step.note(), Boolean.TRUE.equals(step.isPublic()), actor, scope);
			default -> throw new org.thusong.core.NotFound("No action '" + action + "'; use acknowledge, assign, start, resolve, "
					+ "close, reject, refer, duplicate, reopen or notes");
		}
		return views.forStaff(reference, scope);
	}

	private static Set<RequestStatus> statuses(List<String> names) {
		if (names == null || names.isEmpty()) {
			return Set.of();
		}
		Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
		for (String name : names) {
			for (String part : name.split(",")) {
				if (part.isBlank()) {
					continue;
				}
				if (part.trim().equalsIgnoreCase("open")) {
					EnumSet.allOf(RequestStatus.class).stream().filter(RequestStatus::isOpen).forEach(statuses::add);
				}
				else {
					statuses.add(parse(RequestStatus.class, part, "status"));
				}
			}
		}
		return statuses;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
				.toLowerCase(Locale.ROOT) + ", not '" + value + "'");
		}
	}

	private static <T> T orDefault(T value, T fallback) {
		return value == null ? fallback : value;
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
