package org.thusong.requests.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.ApiKeyCheck;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.Department;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.Channel;
import org.thusong.requests.FiledBy;
import org.thusong.requests.NewServiceRequest;
import org.thusong.requests.RequestDesk;
import org.thusong.requests.RequestKind;
import org.thusong.requests.RequestStatus;
import org.thusong.requests.ServiceAttribute;
import org.thusong.requests.ServiceCatalogue;
import org.thusong.requests.ServiceRequest;

import static org.thusong.requests.open311.Open311Document.fields;

/**
 * Open311 GeoReport v2 (open311.org) over the requests desk, in JSON and XML by the path's
 * extension: discovery, the service list and definitions, filing (form-encoded, with an
 * {@code api_key} Thusong issued), the request list and one request, tokens, and the widely used
 * extensions {@code page}/{@code page_size} and {@code servicerequestupdates}. A
 * {@code jurisdiction_id} is a municipality's code (e.g. {@code EC121}). Reads are public and show
 * nothing personal; times are W3C with the municipality's offset; ids are reference numbers.
 */
@RestController
@RequestMapping("/open311")
class Open311Api {

	static final String SPECIFICATION = "http://wiki.open311.org/GeoReport_v2";

	/** The longest period one list may span, and the most rows it returns (the specification's defaults). */
	static final Duration MAX_SPAN = Duration.ofDays(90);

	static final int MAX_ROWS = 1000;

	private static final Pattern ATTRIBUTE = Pattern.compile("attribute\\[([^\\[\\]]+)\\](?:\\[(\\d*)\\])?");

	private static final DateTimeFormatter W3C = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private final RequestDesk desk;

	private final ServiceCatalogue catalogue;

	private final Open311Reads reads;

	private final Organisations organisations;

	private final ApiKeyCheck apiKeys;

	private final MessageSource messages;

	private final String defaultJurisdiction;

	private final String contact;

	private final String keyService;

	private final String changeset;

	Open311Api(RequestDesk desk, ServiceCatalogue catalogue, Open311Reads reads, Organisations organisations,
			ApiKeyCheck apiKeys, MessageSource messages,
			@Value("${thusong.open311.default-jurisdiction:}") String defaultJurisdiction,
			@Value("${thusong.open311.contact:Ask the municipality's customer care office}") String contact,
			@Value("${thusong.open311.key-service:A municipality's administrator issues API keys in Thusong under API keys}") String keyService) {
		this.desk = desk;
		this.catalogue = catalogue;
		this.reads = reads;
		this.organisations = organisations;
		this.apiKeys = apiKeys;
		this.messages = messages;
		this.defaultJurisdiction = defaultJurisdiction == null ? "" : defaultJurisdiction.trim();
		this.contact = contact;
		this.keyService = keyService;
		this.changeset = W3C.format(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
	}

	@GetMapping("/discovery.{format}")
	ResponseEntity<String> discovery(@PathVariable String format) {
		String url = ServletUriComponentsBuilder.fromCurrentContextPath().path("/open311/v2").toUriString();
		Map<String, Object> endpoint = fields("specification", SPECIFICATION, "url", url, "changeset", changeset, "type",
				"production", "formats", new Open311Document.Items("format", List.of("text/xml", "application/json")));
		return answer(format, new Open311Document("discovery", fields("changeset", changeset, "contact", contact,
				"key_service", keyService, "endpoints", new Open311Document.Items("endpoint", List.of(endpoint)))));
	}

	@GetMapping("/v2/services.{format}")
	ResponseEntity<String> services(@PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, HttpServletRequest request) {
		Open311Format as = Open311Format.of(format);
		Locale locale = request.getLocale();
		List<Map<String, Object>> services = catalogue.services(jurisdiction(jurisdictionId).code()).stream()
			.map(s -> fields("service_code", s.code(), "service_name", s.name(locale), "description", s.description(locale),
					"metadata", !s.attributes().isEmpty(), "type", "realtime", "keywords", s.keywords(), "group",
					s.groupCode()))
			.toList();
		return answer(as, Open311Document.list("services", "service", services));
	}

	@GetMapping("/v2/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId, HttpServletRequest request) {
		Open311Format as = Open311Format.of(format);
		Locale locale = request.getLocale();
		OrganisationSummary municipality = jurisdiction(jurisdictionId);
		CatalogueService service = catalogue.service(municipality.code(), code)
			.orElseThrow(() -> new NotFound("service_code: '" + code + "' is not a service of " + municipality.name()));
		List<Map<String, Object>> attributes = service.attributes().stream()
			.map(a -> fields("variable", true, "code", a.code(), "datatype", a.type().open311(), "required", a.required(),
					"datatype_description", null, "order", a.position(), "description", a.description(locale), "values",
					new Open311Document.Items("value", a.choices().stream()
						.map(c -> fields("key", c.key(), "name", c.name(locale)))
						.toList())))
			.toList();
		return answer(as, new Open311Document("service_definition", fields("service_code", service.code(), "attributes",
				new Open311Document.Items("attribute", attributes))));
	}

	@PostMapping("/v2/requests.{format}")
	ResponseEntity<String> file(@PathVariable String format, HttpServletRequest request) {
		Open311Format as = Open311Format.of(format);
		ThusongUser client = apiKeys.resolve(request.getParameter("api_key"))
			.orElseThrow(() -> new Open311Errors.Forbidden("api_key: missing, unknown or revoked; ask the municipality for one"));
		OrganisationSummary municipality = jurisdiction(request.getParameter("jurisdiction_id"));
		if (!client.scope().covers(municipality.jurisdictionPath())) {
			throw new Open311Errors.Forbidden("api_key: not valid for jurisdiction_id " + municipality.code());
		}
		String name = Arrays.asList(request.getParameter("first_name"), request.getParameter("last_name")).stream()
			.filter(part -> part != null && !part.isBlank())
			.map(String::strip)
			.collect(Collectors.joining(" "));
		boolean device = !blank(request.getParameter("device_id"));
		NewServiceRequest command = new NewServiceRequest(municipality.code(), required(request, "service_code"),
				RequestKind.REQUEST, request.getParameter("description"), coordinate(request, "lat", 90),
				coordinate(request, "long", 180), null, null, request.getParameter("address_string"),
				name.isEmpty() ? null : name, request.getParameter("phone"), request.getParameter("email"), FiledBy.CITIZEN,
				device ? Channel.MOBILE : Channel.API, attributes(request.getParameterMap()));
		ServiceRequest filed = desk.file(command, client.getUsername());
		ZoneId zone = zone(municipality);
		String notice = messages.getMessage("requests.open311.notice", new Object[] { filed.reference(), w3c(filed.dueAt(), zone) },
				request.getLocale());
		String accountId = request.getParameter("account_id");
		return answer(as, Open311Document.list("service_requests", "request",
				List.of(fields("service_request_id", filed.reference(), "token", filed.reference(), "service_notice", notice,
						"account_id", blank(accountId) ? null : accountId.strip()))));
	}

	@GetMapping("/v2/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format, HttpServletRequest request,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
			@RequestParam(name = "service_request_id", required = false) String ids,
			@RequestParam(name = "service_code", required = false) String serviceCodes,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "status", required = false) String status,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize) {
		Open311Format as = Open311Format.of(format);
		OrganisationSummary municipality = jurisdiction(jurisdictionId);
		ZoneId zone = zone(municipality);
		Rows rows = page(page, pageSize);
		Instant[] period = period(startDate, endDate, zone);
		Open311Reads.Query query = new Open311Reads.Query(list(ids), statuses(status), list(serviceCodes), period[0],
				period[1], rows.size(), rows.offset());
		return answer(as, requestList(municipality, reads.requests(municipality.code(), query), request.getLocale()));
	}

	@GetMapping("/v2/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, HttpServletRequest request,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Open311Format as = Open311Format.of(format);
		OrganisationSummary municipality = jurisdiction(jurisdictionId);
		List<Open311Reads.Row> rows = reads.requests(municipality.code(),
				new Open311Reads.Query(List.of(id.trim()), Set.of(), List.of(), null, null, 1, 0));
		if (rows.isEmpty()) {
			throw new NotFound("service_request_id: no request of " + municipality.code() + " has the id '" + id + "'");
		}
		return answer(as, requestList(municipality, rows, request.getLocale()));
	}

	@GetMapping("/v2/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
		Open311Format as = Open311Format.of(format);
		OrganisationSummary municipality = jurisdiction(jurisdictionId);
		// Requests are filed at once, so a token is the reference number it was answered with.
		List<Open311Reads.Row> rows = reads.requests(municipality.code(),
				new Open311Reads.Query(List.of(token.trim()), Set.of(), List.of(), null, null, 1, 0));
		if (rows.isEmpty()) {
			throw new NotFound("token: no request of " + municipality.code() + " has the token '" + token + "'");
		}
		return answer(as, Open311Document.list("service_requests", "request",
				List.of(fields("service_request_id", rows.get(0).reference(), "token", token.trim()))));
	}

	@GetMapping("/v2/servicerequestupdates.{format}")
	ResponseEntity<String> updates(@PathVariable String format, HttpServletRequest request,
			@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
			@RequestParam(name = "start_date", required = false) String startDate,
			@RequestParam(name = "end_date", required = false) String endDate,
			@RequestParam(name = "page", required = false) String page,
			@RequestParam(name = "page_size", required = false) String pageSize) {
		Open311Format as = Open311Format.of(format);
		OrganisationSummary municipality = jurisdiction(jurisdictionId);
		ZoneId zone = zone(municipality);
		Rows rows = page(page, pageSize);
		Instant[] period = period(startDate, endDate, zone);
		Locale locale = request.getLocale();
		List<Map<String, Object>> updates = reads.updates(municipality.code(), period[0], period[1], rows.size(), rows.offset())
			.stream()
			.map(u -> fields("update_id", String.valueOf(u.id()), "service_request_id", u.reference(), "status",
					u.status().open311(), "updated_datetime", w3c(u.at(), zone), "description",
					u.note() != null ? u.note() : messages.getMessage(u.status().messageKey(), null, locale), "media_url",
					null))
			.toList();
		return answer(as, Open311Document.list("service_request_updates", "request_update", updates));
	}

	private Open311Document requestList(OrganisationSummary municipality, List<Open311Reads.Row> rows, Locale locale) {
		ZoneId zone = zone(municipality);
		Map<String, String> agencies = organisations.departments(municipality.code()).stream()
			.collect(Collectors.toMap(Department::code, Department::name, (a, b) -> a));
		boolean turkish = "tr".equals(locale.getLanguage());
		List<Map<String, Object>> items = rows.stream()
			.map(r -> fields("service_request_id", r.reference(), "status", r.status().open311(), "status_notes",
					statusNotes(r, locale), "service_name", turkish ? r.nameTr() : r.nameEn(), "service_code", r.serviceCode(),
					"description", r.description(), "agency_responsible",
					agencies.getOrDefault(r.departmentCode(), r.departmentCode()), "service_notice", null,
					"requested_datetime", w3c(r.submittedAt(), zone), "updated_datetime", w3c(r.updatedAt(), zone),
					"expected_datetime", r.status().isOpen() ? w3c(r.dueAt(), zone) : null, "address", r.address(),
					"address_id", null, "zipcode", null, "lat", r.latitude(), "long", r.longitude(), "media_url", null))
			.toList();
		return Open311Document.list("service_requests", "request", items);
	}

	private String statusNotes(Open311Reads.Row row, Locale locale) {
		if (row.status() == RequestStatus.DUPLICATE && row.original() != null) {
			return messages.getMessage("requests.open311.duplicate-of", new Object[] { row.original() }, locale);
		}
		return row.lastPublicNote();
	}

	/**
	 * The municipality a call is about. It may be left out only where the deployment serves one
	 * municipality or names a default ({@code thusong.open311.default-jurisdiction}).
	 */
	private OrganisationSummary jurisdiction(String jurisdictionId) {
		String code = blank(jurisdictionId) ? defaultJurisdiction : jurisdictionId.trim();
		if (code.isEmpty()) {
			var municipalities = organisations.page(Scope.everything(), OrganisationKind.MUNICIPALITY, null,
					new PageRequestOf(0, 2));
			if (municipalities.total() != 1) {
				throw new InvalidInput("jurisdiction_id", "is required: give the municipality's code, e.g. EC121");
			}
			return municipalities.items().get(0);
		}
		return organisations.findByCode(code)
			.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
			.orElseThrow(() -> new NotFound("jurisdiction_id: no municipality has the code '" + code + "'"));
	}

	/** Answers in the extension's format; a format other than json or xml is a 400 (in JSON). */
	private static ResponseEntity<String> answer(String format, Open311Document document) {
		return answer(Open311Format.of(format), document);
	}

	private static ResponseEntity<String> answer(Open311Format format, Open311Document document) {
		return ResponseEntity.ok().contentType(format.mediaType()).body(format.write(document));
	}

	/** Answers by code, from {@code attribute[CODE]}, {@code attribute[CODE][]} and {@code attribute[CODE][N]}. */
	static Map<String, List<String>> attributes(Map<String, String[]> parameters) {
		Map<String, TreeMap<Integer, List<String>>> byCode = new LinkedHashMap<>();
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String key = parameter.getKey();
			if (!key.startsWith("attribute")) {
				continue;
			}
			Matcher matcher = ATTRIBUTE.matcher(key);
			if (!matcher.matches()) {
				throw new InvalidInput(key, "is not an attribute; write attribute[CODE], attribute[CODE][] or attribute[CODE][N]");
			}
			int position = matcher.group(2) == null || matcher.group(2).isEmpty() ? -1 : parseIndex(key, matcher.group(2));
			byCode.computeIfAbsent(matcher.group(1), k -> new TreeMap<>())
				.computeIfAbsent(position, k -> new ArrayList<>())
				.addAll(Arrays.asList(parameter.getValue()));
		}
		Map<String, List<String>> answers = new LinkedHashMap<>();
		byCode.forEach((code, positions) -> answers.put(code,
				positions.values().stream().flatMap(List::stream).toList()));
		return answers;
	}

	private static int parseIndex(String key, String digits) {
		try {
			return Integer.parseInt(digits);
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(key, "has an index too large");
		}
	}

	private static Double coordinate(HttpServletRequest request, String name, double limit) {
		String value = request.getParameter(name);
		if (blank(value)) {
			return null;
		}
		double number;
		try {
			number = Double.parseDouble(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(name, "must be a decimal number of degrees, not '" + value + "'");
		}
		if (!Double.isFinite(number) || Math.abs(number) > limit) {
			throw new InvalidInput(name, "must be between -" + (int) limit + " and " + (int) limit + ", not " + value.trim());
		}
		return number;
	}

	private static String required(HttpServletRequest request, String name) {
		String value = request.getParameter(name);
		if (blank(value)) {
			throw new InvalidInput(name, "is required");
		}
		return value.trim();
	}

	/** The period a list covers: at most 90 days, the last 90 when no date is given. */
	static Instant[] period(String startDate, String endDate, ZoneId zone) {
		Instant start = date(startDate, "start_date", zone, false);
		Instant end = date(endDate, "end_date", zone, true);
		if (start == null && end == null) {
			end = Instant.now();
			start = end.minus(MAX_SPAN);
		}
		else if (start == null) {
			start = end.minus(MAX_SPAN);
		}
		else if (end == null) {
			end = start.plus(MAX_SPAN);
		}
		else if (end.isBefore(start)) {
			throw new InvalidInput("end_date", "must not be before start_date");
		}
		else if (Duration.between(start, end).compareTo(MAX_SPAN) > 0) {
			throw new InvalidInput("end_date", "the period may not span more than 90 days");
		}
		return new Instant[] { start, end };
	}

	/** A W3C date-time (with an offset, else in the municipality's zone) or a date (the whole day). */
	static Instant date(String value, String field, ZoneId zone, boolean endOfDay) {
		if (blank(value)) {
			return null;
		}
		// A '+' in an offset that was not URL-encoded arrives as a space.
		String text = value.trim().replace(' ', '+');
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException notOffset) {
			try {
				return LocalDateTime.parse(text).atZone(zone).toInstant();
			}
			catch (DateTimeParseException notLocal) {
				try {
					LocalDate day = LocalDate.parse(text);
					return (endOfDay ? day.plusDays(1) : day).atStartOfDay(zone).toInstant().minusNanos(endOfDay ? 1 : 0);
				}
				catch (DateTimeParseException notDate) {
					throw new InvalidInput(field, "must be a W3C date-time such as 2026-05-01T00:00:00+02:00, not '" + value + "'");
				}
			}
		}
	}

	private static Set<RequestStatus> statuses(String value) {
		Set<RequestStatus> statuses = EnumSet.noneOf(RequestStatus.class);
		for (String part : list(value)) {
			boolean open = switch (part.toLowerCase(Locale.ROOT)) {
				case "open" -> true;
				case "closed" -> false;
				default -> throw new InvalidInput("status", "must be open or closed, not '" + part + "'");
			};
			EnumSet.allOf(RequestStatus.class).stream().filter(s -> s.isOpen() == open).forEach(statuses::add);
		}
		return statuses;
	}

	private static Rows page(String page, String pageSize) {
		int number = whole(page, "page", 1);
		int size = whole(pageSize, "page_size", MAX_ROWS);
		if (number < 1) {
			throw new InvalidInput("page", "must be 1 or more");
		}
		if (size < 1 || size > MAX_ROWS) {
			throw new InvalidInput("page_size", "must be between 1 and " + MAX_ROWS);
		}
		return new Rows(size, (long) (number - 1) * size);
	}

	/** A page of an Open311 list: up to 1,000 rows, so wider than Thusong's own pages. */
	record Rows(int size, long offset) {
	}

	private static int whole(String value, String field, int fallback) {
		if (blank(value)) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be a whole number, not '" + value + "'");
		}
	}

	private static List<String> list(String commaSeparated) {
		if (blank(commaSeparated)) {
			return List.of();
		}
		return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
	}

	private static ZoneId zone(OrganisationSummary municipality) {
		return Scope.of(municipality.jurisdictionPath()).timeZone();
	}

	private static String w3c(Instant instant, ZoneId zone) {
		return instant == null ? null : W3C.format(instant.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}
}
