package org.thusong.geography.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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

/**
 * The area pages: browse from the reader's scope down, search, an area's page with its map or
 * list, and what lies at a point. Areas outside the scope answer 404.
 */
@Controller
class AreaPages {

	private static final int PAGE_SIZE = 50;

	private final AreaDirectory directory;

	private final AreaLocator locator;

	private final String tileUrl;

	AreaPages(AreaDirectory directory, AreaLocator locator, @Value("${thusong.map.tile-url:}") String tileUrl) {
		this.directory = directory;
		this.locator = locator;
		this.tileUrl = tileUrl;
	}

	@GetMapping("/areas")
	String areas(Scope scope, @RequestParam(required = false) String demarcation, @RequestParam(required = false) String q,
			@RequestParam(required = false) String level, @RequestParam(required = false) Integer page, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("canImport", request.isUserInRole("ADMIN"));
		String selected = demarcation == null || demarcation.isBlank() ? null : directory.demarcation(demarcation).code();
		AreaLevel chosenLevel = AreaLevel.parse(level);
		model.addAttribute("demarcations", directory.demarcations()
			.stream()
			.filter(d -> scope.unrestricted() || scope.roots().stream().anyMatch(r -> r.equals(d.country()) || r.startsWith(d.country() + "/")))
			.toList());
		model.addAttribute("demarcation", selected);
		model.addAttribute("q", q == null ? "" : q.trim());
		model.addAttribute("level", chosenLevel);
		model.addAttribute("levels", AreaLevel.values());
		model.addAttribute("roots", directory.roots(scope, selected));
		if ((q != null && !q.isBlank()) || chosenLevel != null) {
			model.addAttribute("results", directory.search(scope, new AreaDirectory.Filter(selected, null, chosenLevel, q),
					PageRequestOf.of(page, PAGE_SIZE, PAGE_SIZE)));
		}
		return "geography/areas";
	}

	@GetMapping("/areas/locate")
	String locate(Scope scope, @RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			Model model, HttpServletResponse response) {
		model.addAttribute("lat", lat == null ? "" : lat);
		model.addAttribute("lon", lon == null ? "" : lon);
		if (lat == null && lon == null) {
			return "geography/locate";
		}
		try {
			double latitude = AreaApi.coordinate("lat", lat);
			double longitude = AreaApi.coordinate("lon", lon);
			Location location = locator.locate(latitude, longitude);
			model.addAttribute("location", location);
			model.addAttribute("found", location.areas().stream().filter(a -> scope.covers(a.codePath())).toList());
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("errorField", e.field());
			model.addAttribute("error", e.getMessage());
		}
		return "geography/locate";
	}

	@GetMapping("/areas/{code}")
	String area(Scope scope, @PathVariable String code, @RequestParam(required = false) String demarcation,
			@RequestParam(required = false) Integer page, Model model) {
		AreaDetail detail = directory.detail(scope, demarcation, code);
		PageOf<AreaView> children = directory.children(detail.area(), PageRequestOf.of(page, PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("detail", detail);
		model.addAttribute("area", detail.area());
		model.addAttribute("children", children);
		model.addAttribute("explicitDemarcation", demarcation != null && !demarcation.isBlank());
		model.addAttribute("tileUrl", tileUrl);
		return "geography/area";
	}

	/**
	 * The map's GeoJSON for a signed-in page: the same as {@code /api/v1/areas/{code}/boundary},
	 * which takes HTTP Basic or an API key, not the page's session.
	 */
	@GetMapping("/areas/{code}/boundary")
	org.springframework.http.ResponseEntity<String> boundary(Scope scope, @PathVariable String code,
			@RequestParam(required = false) String demarcation, @RequestParam(defaultValue = "false") boolean children) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("application/geo+json"))
			.body(directory.boundaryGeoJson(scope, demarcation, code, children));
	}
}
