package org.thusong.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.documents.DocumentSummary;
import org.thusong.documents.Documents;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.internal.AnswerRules;
import org.thusong.requests.internal.Placement;
import org.thusong.requests.internal.ReporterMessages;
import org.thusong.requests.internal.ReferenceNumbers;
import org.thusong.requests.internal.Routing;
import org.thusong.requests.internal.ServiceLevelClock;

/**
 * The requests desk's application service: files requests and moves them through their
 * lifecycle. Each command is one transaction that saves the request, its history step, the
 * audit record and the event together, or nothing.
 */
@Service
@Transactional
public class RequestDesk {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{9,20}");

	private final ServiceCatalogue catalogue;

	private final ServiceRequests requests;

	private final Organisations organisations;

	private final Placement placement;

	private final Routing routing;

	private final ReferenceNumbers references;

	private final ServiceLevelClock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock time;

	private final ReporterMessages messages;

	private final Duration reopenWindow;

	private final Documents documents;

	/** The most photos one filing may carry. */
	public static final int MAX_PHOTOS = 3;

	RequestDesk(ServiceCatalogue catalogue, ServiceRequests requests, Organisations organisations, Placement placement,
			Routing routing, ReferenceNumbers references, ServiceLevelClock clock, AuditTrail audit,
			ApplicationEventPublisher events, ReporterMessages messages,
			@Value("${thusong.requests.reopen-window:P14D}") Duration reopenWindow, Documents documents) {
		this.messages = messages;
		this.documents = documents;
		this.catalogue = catalogue;
		this.requests = requests;
		this.organisations = organisations;
		this.placement = placement;
		this.routing = routing;
		this.references = references;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
		this.time = Clock.systemUTC();
		this.reopenWindow = reopenWindow;
	}

	/**
	 * Files a request: checks it, finds its ward, routes it and starts its clock.
	 *
	 * @param filedByUser the signed-in person or API client filing it, or {@code null} for the public
	 */
	public ServiceRequest file(NewServiceRequest command, String filedByUser) {
		OrganisationSummary municipality = municipality(command.organisationCode());
		String description = text(command.description(), "description", 4000, true);
		CatalogueService service = catalogue.service(municipality.code(), required(command.serviceCode(), "serviceCode"))
			.orElseThrow(() -> new InvalidInput("serviceCode",
					"'" + command.serviceCode() + "' is not a service of " + municipality.name()));
		Map<String, List<String>> answers = AnswerRules.check(service, command.answers());
		String address = text(command.address(), "address", 300, false);
		Placement.Place place = placement.place(municipality, command.latitude(), command.longitude(), command.wardCode(),
				command.demarcation(), address);
		ServiceRequest.Reporter reporter = new ServiceRequest.Reporter(text(command.reporterName(), "name", 200, false),
				phone(command.reporterPhone()), email(command.reporterEmail()));
		Instant now = time.instant();
		String reference = references.next(municipality.code(), now, Scope.of(municipality.jurisdictionPath()).timeZone());
		ServiceRequest.Filing filing = new ServiceRequest.Filing(reference, municipality.code(), place.areaPath(),
				place.wardCode(), place.wardDemarcation(), place.wardName(), service.id(), service.code(), command.kind(),
				description, command.latitude(), command.longitude(), address, reporter,
				command.filedBy() == null ? FiledBy.CITIZEN : command.filedBy(), filedByUser,
				command.channel() == null ? Channel.WEB : command.channel(), service.priority(), now);
		ServiceRequest request = ServiceRequest.file(filing, routing.departmentFor(service, place.areaPath()),
				clock.dueAt(municipality.code(), now, service.targetHours()), actor(filedByUser));
		long id = requests.insert(request, answers);
		audit.record("service-request", reference, "submitted", place.areaPath(), null,
				Map.of("service", service.code(), "department", request.departmentCode(), "channel", filing.channel(),
						"filedBy", filing.filedBy(), "ward", place.wardCode() == null ? "" : place.wardCode()));
		events.publishEvent(new ServiceRequestSubmitted(reference, municipality.code(), place.areaPath(), place.wardCode(),
				service.code(), command.kind(), now));
		return requests.findById(id).orElseThrow();
	}

	/**
	 * Files a request with up to {@value #MAX_PHOTOS} photos, stored as documents in the request's
	 * area. A photo the documents module refuses (too large, not an image it accepts) undoes the
	 * whole filing: nothing is saved.
	 *
	 * @throws org.thusong.documents.DocumentTooLarge for a photo over the documents limit
	 * @throws org.thusong.documents.UnsupportedDocumentType for a file that is not an accepted type
	 */
	public ServiceRequest file(NewServiceRequest command, String filedByUser,
			List<org.springframework.web.multipart.MultipartFile> photos) {
		List<org.springframework.web.multipart.MultipartFile> given = photos == null ? List.of()
				: photos.stream().filter(p -> p != null && !p.isEmpty()).toList();
		if (given.size() > MAX_PHOTOS) {
			throw new InvalidInput("photos", "at most " + MAX_PHOTOS + " photos, not " + given.size());
		}
		ServiceRequest request = file(command, filedByUser);
		for (org.springframework.web.multipart.MultipartFile photo : given) {
			DocumentSummary stored = documents.store(null, photo, request.filing().areaPath(), request.organisationCode(),
					"Photo of request " + request.reference());
			requests.attachPhoto(request.id(), stored.id().value());
		}
		return request;
	}

	public ServiceRequest acknowledge(String reference, String actor, Scope scope) {
		return change(reference, actor, scope, "acknowledged", r -> r.acknowledge(actor, time.instant()));
	}

	public ServiceRequest assign(String reference, String department, String officer, String actor, Scope scope) {
		return change(reference, actor, scope, "assigned", r -> {
			boolean known = organisations.departments(r.organisationCode()).stream().anyMatch(d -> d.code().equals(department));
			if (!known) {
				throw new InvalidInput("department", "'" + department + "' is not a department of " + r.organisationCode());
			}
			r.assignTo(department, officer, actor, time.instant());
		});
	}

	public ServiceRequest startWork(String reference, String actor, Scope scope) {
		return change(reference, actor, scope, "started", r -> r.startWork(actor, time.instant()));
	}

	public ServiceRequest resolve(String reference, String note, String actor, Scope scope) {
		return change(reference, actor, scope, "resolved", r -> r.resolve(text(note, "note", 4000, true), actor, time.instant()));
	}

	public ServiceRequest close(String reference, String actor, Scope scope) {
		return change(reference, actor, scope, "closed", r -> r.close(actor, time.instant()));
	}

	public ServiceRequest reject(String reference, String reason, String actor, Scope scope) {
		return change(reference, actor, scope, "rejected", r -> r.reject(text(reason, "reason", 4000, true), actor, time.instant()));
	}

	public ServiceRequest refer(String reference, String organisation, String theirReference, String actor, Scope scope) {
		return change(reference, actor, scope, "referred", r -> r.referTo(text(organisation, "referredTo", 200, true),
				text(theirReference, "theirReference", 100, false), actor, time.instant()));
	}

	public ServiceRequest markDuplicate(String reference, String originalReference, String actor, Scope scope) {
		ServiceRequest original = visible(originalReference, scope, "original");
		return change(reference, actor, scope, "merged", r -> r.markDuplicateOf(original, actor, time.instant()));
	}

	public ServiceRequest reopen(String reference, String reason, String actor, Scope scope) {
		return change(reference, actor, scope, "reopened", r -> r.reopen(text(reason, "reason", 4000, true), reopenWindow, actor,
				time.instant()));
	}

	public ServiceRequest addNote(String reference, String note, boolean isPublic, String actor, Scope scope) {
		return change(reference, actor, scope, isPublic ? "public-note" : "internal-note",
				r -> r.addNote(text(note, "note", 4000, true), isPublic, actor, time.instant()));
	}

	/** The reporter, who knows the reference number, says the problem is not fixed. */
	public ServiceRequest reopenByReporter(String reference, String reason) {
		return change(reference, "reporter", Scope.everything(), "reopened",
				r -> r.reopen(text(reason, "reason", 4000, true), reopenWindow, "reporter", time.instant()));
	}

	/** The reporter rates the answer, 1 to 5, with an optional comment. */
	public ServiceRequest rate(String reference, int stars, String comment) {
		return change(reference, "reporter", Scope.everything(), "rated",
				r -> r.rate(stars, text(comment, "comment", 2000, false), time.instant()));
	}

	/** A request the reader's scope covers; outside it, the same 404 as a request that does not exist. */
	@Transactional(readOnly = true)
	public ServiceRequest visible(String reference, Scope scope, String field) {
		return requests.findByReference(reference)
			.filter(r -> scope.covers(r.filing().areaPath()))
			.orElseThrow(() -> new NotFound("No request has the reference '" + reference + "'"
					+ (field.equals("reference") ? "" : " (" + field + ")")));
	}

	private ServiceRequest change(String reference, String actor, Scope scope, String action, Consumer<ServiceRequest> verb) {
		ServiceRequest request = visible(reference, scope, "reference");
		RequestStatus before = request.status();
		verb.accept(request);
		requests.update(request);
		String serviceName = catalogue.service(request.organisationCode(), request.filing().serviceCode())
			.map(s -> s.name(request.filing().areaPath().startsWith("TR") ? java.util.Locale.forLanguageTag("tr") : java.util.Locale.ENGLISH))
			.orElse(request.filing().serviceCode());
		messages.tell(request, serviceName, request.newSteps());
		audit.record("service-request", request.reference(), action, request.filing().areaPath(),
				Map.of("status", before.name()), Map.of("status", request.status().name(), "department",
						request.departmentCode(), "officer", request.officer() == null ? "" : request.officer()));
		if (before != request.status()) {
			events.publishEvent(new ServiceRequestStatusChanged(request.reference(), request.organisationCode(),
					request.filing().areaPath(), before, request.status(), time.instant()));
		}
		return requests.findById(request.id()).orElseThrow();
	}

	private OrganisationSummary municipality(String code) {
		OrganisationSummary organisation = organisations.findByCode(required(code, "organisationCode"))
			.orElseThrow(() -> new InvalidInput("organisationCode", "no municipality has the code '" + code + "'"));
		if (organisation.kind() != OrganisationKind.MUNICIPALITY) {
			throw new InvalidInput("organisationCode", organisation.name() + " is not a municipality; file with the municipality");
		}
		return organisation;
	}

	private static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "is required");
		}
		return value.trim();
	}

	private static String text(String value, String field, int max, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new InvalidInput(field, "is required");
			}
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new InvalidInput(field, "must be at most " + String.format("%,d", max) + " characters, not "
					+ String.format("%,d", stripped.length()));
		}
		return stripped;
	}

	private static String email(String value) {
		String email = text(value, "email", 254, false);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new InvalidInput("email", "'" + email + "' is not an e-mail address");
		}
		return email;
	}

	private static String phone(String value) {
		String phone = text(value, "phone", 20, false);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInput("phone", "'" + phone + "' is not a phone number (digits, optionally starting with +)");
		}
		return phone == null ? null : phone.replaceAll("[ ()-]", "");
	}

	private static String actor(String user) {
		return user == null ? "public" : user;
	}
}
