package org.thusong.geography.web;

import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.InvalidInput;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.AreaLocator;
import org.thusong.geography.Location;
import org.thusong.geography.internal.AreaDetail;
import org.thusong.geography.internal.AreaDirectory;
import org.thusong.geography.internal.AreaView;
import org.thusong.geography.internal.DemarcationView;

/**
 * The area hierarchy as JSON, limited to the caller's scope: lists and searches, an area with its
 * way down from the country, point lookup, boundaries as GeoJSON, and the demarcations.
 */
@RestController
@RequestMapping("/api/v1")
class AreaApi {

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final AreaDirectory directory;

	private final AreaLocator locator;

	AreaApi(AreaDirectory directory, AreaLocator locator) {
		this.directory = directory;
		this.locator = locator;
	}

	@GetMapping("/areas")
	PageOf<AreaView> areas(Scope scope, @RequestParam(required = false) String parent,
			@RequestParam(required = false) String level, @RequestParam(required = false) String q,
			@RequestParam(required = false) String demarcation, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return directory.search(scope, new AreaDirectory.Filter(demarcation, parent, AreaLevel.parse(level), q),
				PageRequestOf.of(page, size, 50));
	}

	@GetMapping("/areas/locate")
	Location locate(Scope scope, @RequestParam(required = false) String lat, @RequestParam(required = false) String lon) {
		Location location = locator.locate(coordinate("lat", lat), coordinate("lon", lon));
		return new Location(location.latitude(), location.longitude(),
				location.areas().stream().filter(a -> scope.covers(a.codePath())).toList());
	}

	@GetMapping("/areas/{code}")
	AreaDetail area(Scope scope, @PathVariable String code, @RequestParam(required = false) String demarcation) {
		return directory.detail(scope, demarcation, code);
	}

	@GetMapping("/areas/{code}/boundary")
	ResponseEntity<String> boundary(Scope scope, @PathVariable String code,
			@RequestParam(required = false) String demarcation, @RequestParam(defaultValue = "false") boolean children) {
		return ResponseEntity.ok().contentType(GEO_JSON).body(directory.boundaryGeoJson(scope, demarcation, code, children));
	}

	@GetMapping("/demarcations")
	List<DemarcationView> demarcations() {
		return directory.demarcations();
	}

	/** A latitude or longitude from a request parameter, or a 400 that names it. */
	static double coordinate(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "is required");
		}
		double value;
		try {
			value = Double.parseDouble(text.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be a number in decimal degrees, such as " + ("lat".equals(field) ? "-32.10" : "28.31"));
		}
		double limit = "lat".equals(field) ? 90 : 180;
		if (!Double.isFinite(value) || value < -limit || value > limit) {
			throw new InvalidInput(field, "must be between -" + (int) limit + " and " + (int) limit);
		}
		return value;
	}
}
