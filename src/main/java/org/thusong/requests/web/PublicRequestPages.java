package org.thusong.requests.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thusong.core.InvalidInput;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.RequestDashboard;
import org.thusong.requests.RequestQueue;
import org.thusong.requests.RequestStatus;

/**
 * What anyone may see of a municipality's open requests, without signing in: a map and a list
 * (service, status, age, ward; nothing that names or reaches a person, no description), and the
 * open requests of one service near a pin on the report form, the possible duplicates.
 */
@Controller
class PublicRequestPages {

	/** An open request as the public sees it. */
	record OpenPoint(String reference, String service, String serviceName, RequestStatus status, String ward,
			Instant submittedAt, long ageDays, Double lat, Double lon, String statusUrl) {
	}

	/** A possible duplicate of what is about to be reported. */
	record Nearby(String reference, String service, String serviceName, RequestStatus status, Instant submittedAt,
			String statusUrl) {
	}

	private final RequestDashboard dashboard;

	private final RequestQueue queue;

	private final FilingChoices choices;

	private final double radiusMetres;

	private final Duration window;

	PublicRequestPages(RequestDashboard dashboard, RequestQueue queue, FilingChoices choices,
			@Value("${thusong.requests.duplicate-radius-metres:200}") double radiusMetres,
			@Value("${thusong.requests.duplicate-window:P7D}") Duration window) {
		this.dashboard = dashboard;
		this.queue = queue;
		this.choices = choices;
		this.radiusMetres = radiusMetres;
		this.window = window;
	}

	@GetMapping("/report/{organisation}/open")
	String open(@PathVariable String organisation, Model model, Locale locale) {
		OrganisationSummary municipality = choices.municipality(organisation);
		model.addAttribute("municipality", municipality);
		model.addAttribute("requests", points(municipality, locale));
		return "requests/open";
	}

	@GetMapping(path = "/report/{organisation}/open.json", produces = "application/json")
	@ResponseBody
	List<OpenPoint> openJson(@PathVariable String organisation, Locale locale) {
		return points(choices.municipality(organisation), locale);
	}

	@GetMapping(path = "/report/{organisation}/nearby.json", produces = "application/json")
	@ResponseBody
	List<Nearby> nearby(@PathVariable String organisation, @RequestParam(required = false) String service,
			@RequestParam(required = false) String lat, @RequestParam(required = false) String lon, Locale locale) {
		OrganisationSummary municipality = choices.municipality(organisation);
		if (service == null || service.isBlank()) {
			throw new InvalidInput("service", "is required");
		}
		Double latitude = ReportPages.coordinate(lat, "lat");
		Double longitude = ReportPages.coordinate(lon, "lon");
		if (latitude == null || latitude < -90 || latitude > 90) {
			throw new InvalidInput("lat", "is required, between -90 and 90");
		}
		if (longitude == null || longitude < -180 || longitude > 180) {
			throw new InvalidInput("lon", "is required, between -180 and 180");
		}
		Map<String, String> names = names(municipality, locale);
		return queue.nearby(municipality.code(), service.trim(), latitude, longitude, radiusMetres, window)
			.stream()
			.map(r -> new Nearby(r.reference(), r.serviceCode(), names.getOrDefault(r.serviceCode(), r.serviceCode()),
					r.status(), r.submittedAt(), "/status/" + r.reference()))
			.toList();
	}

	@ExceptionHandler(InvalidInput.class)
	ResponseEntity<Map<String, Object>> invalid(InvalidInput e) {
		return ResponseEntity.badRequest().body(Map.of("errors", Map.of(e.field(), e.getMessage())));
	}

	private List<OpenPoint> points(OrganisationSummary municipality, Locale locale) {
		Map<String, String> names = names(municipality, locale);
		return dashboard.openRequests(municipality.code())
			.stream()
			.map(r -> new OpenPoint(r.reference(), r.serviceCode(), names.getOrDefault(r.serviceCode(), r.serviceCode()),
					r.status(), r.wardName(), r.submittedAt(), r.ageDays(), r.latitude(), r.longitude(),
					"/status/" + r.reference()))
			.toList();
	}

	private Map<String, String> names(OrganisationSummary municipality, Locale locale) {
		return choices.serviceList(municipality.code())
			.stream()
			.collect(Collectors.toMap(CatalogueService::code, s -> s.name(locale), (a, b) -> a));
	}
}
