package org.thusong.requests.web;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.InvalidInput;
import org.thusong.requests.RequestQueue;
import org.thusong.requests.RequestSummary;

/**
 * Open requests of the same service near a place, for whoever is about to file one: the
 * possible duplicates. Personal data is never part of a {@link RequestSummary}.
 */
@RestController
class NearbyApi {

	private final RequestQueue queue;

	private final double radiusMetres;

	private final Duration window;

	NearbyApi(RequestQueue queue, @Value("${thusong.requests.duplicate-radius-metres:200}") double radiusMetres,
			@Value("${thusong.requests.duplicate-window:P7D}") Duration window) {
		this.queue = queue;
		this.radiusMetres = radiusMetres;
		this.window = window;
	}

	@GetMapping("/api/v1/requests/nearby")
	List<RequestSummary> nearby(@RequestParam(required = false) String organisation,
			@RequestParam(required = false) String service, @RequestParam(required = false) Double lat,
			@RequestParam(required = false) Double lon, @RequestParam(required = false) Double radius) {
		if (organisation == null || organisation.isBlank()) {
			throw new InvalidInput("organisation", "is required");
		}
		if (service == null || service.isBlank()) {
			throw new InvalidInput("service", "is required");
		}
		if (lat == null || lat < -90 || lat > 90) {
			throw new InvalidInput("lat", "is required, between -90 and 90");
		}
		if (lon == null || lon < -180 || lon > 180) {
			throw new InvalidInput("lon", "is required, between -180 and 180");
		}
		return queue.nearby(organisation.trim(), service.trim(), lat, lon, radius == null ? radiusMetres : radius, window);
	}
}
