package org.thusong.backlogs.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.backlogs.BacklogFigure;
import org.thusong.backlogs.Backlogs;
import org.thusong.backlogs.BasicService;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;

/**
 * The backlog pages: for an area, each service's count below the norm and percentage, the
 * answers behind the chosen service's figure with their norm class, the children ranked by
 * backlog (a shaded map where boundaries exist, always a table and a bar chart), and the trend.
 */
@Controller
class BacklogPages {

	private final Backlogs backlogs;

	private final Areas areas;

	BacklogPages(Backlogs backlogs, Areas areas) {
		this.backlogs = backlogs;
		this.areas = areas;
	}

	@GetMapping("/backlogs")
	String home(Scope scope) {
		String root = scope.unrestricted() || scope.roots().isEmpty() ? "ZA" : scope.roots().iterator().next();
		return "redirect:/backlogs/" + root.substring(root.lastIndexOf('/') + 1);
	}

	@GetMapping("/backlogs/{code}")
	String area(Scope scope, @PathVariable String code, @RequestParam(required = false) String demarcation,
			@RequestParam(required = false) String service, @RequestParam(required = false) Integer year, Model model) {
		AreaSummary area = backlogs.area(scope, demarcation, code);
		List<BacklogFigure> figures = backlogs.figures(area);
		BasicService chosen = service == null || service.isBlank() ? defaultService(figures) : BasicService.parse("service", service);
		List<BacklogFigure> ofService = figures.stream().filter(f -> f.service() == chosen).toList();
		Optional<BacklogFigure> selected = ofService.stream()
			.filter(f -> year == null || f.surveyYear() == year)
			.max(Comparator.comparingInt(BacklogFigure::surveyYear));
		if (year != null && selected.isEmpty()) {
			throw new InvalidInput("year", chosen.code() + " has no figures for " + year + " on " + area.demarcation());
		}
		model.addAttribute("area", area);
		model.addAttribute("ancestors", areas.ancestors(area).stream().map(a -> new Crumb(a, scope.covers(a.codePath()))).toList());
		model.addAttribute("figures", figures);
		model.addAttribute("service", chosen);
		model.addAttribute("services", BasicService.values());
		model.addAttribute("otherDemarcation", "ZA-2011".equals(area.demarcation()) ? "ZA-2016" : "ZA-2011");
		if (selected.isPresent()) {
			BacklogFigure figure = selected.get();
			model.addAttribute("selected", figure);
			model.addAttribute("years", ofService.stream().map(BacklogFigure::surveyYear).toList());
			model.addAttribute("answers", backlogs.answers(area, chosen, figure.surveyYear()));
			model.addAttribute("children", backlogs.children(area, chosen, figure.surveyYear()));
			model.addAttribute("wards", backlogs.wardsIn(area, chosen, figure.surveyYear()));
		}
		model.addAttribute("trend", backlogs.trend(area, chosen));
		return "backlogs/area";
	}

	private static BasicService defaultService(List<BacklogFigure> figures) {
		return figures.stream().anyMatch(f -> f.service() == BasicService.SANITATION) ? BasicService.SANITATION
				: figures.stream().map(BacklogFigure::service).findFirst().orElse(BasicService.SANITATION);
	}

	/** A step of the breadcrumb: a link when the reader's scope covers it, a name otherwise. */
	record Crumb(AreaSummary area, boolean inScope) {
	}
}
