package org.thusong.backlogs.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.backlogs.AnswerClass;
import org.thusong.backlogs.BacklogFigure;
import org.thusong.backlogs.Backlogs;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;

/**
 * Backlogs in JSON: an area's figures for each service and survey held on its demarcation (the
 * current one unless {@code ?demarcation=2011}), and the same for each of its children.
 */
@RestController
@RequestMapping("/api/v1")
class BacklogApi {

	private final Backlogs backlogs;

	BacklogApi(Backlogs backlogs) {
		this.backlogs = backlogs;
	}

	record Figure(String service, int surveyYear, String unit, long belowNorm, long classed, BigDecimal percent, long unspecified,
			long notApplicable) {

		static Figure of(BacklogFigure f) {
			return new Figure(f.service().code(), f.surveyYear(), f.unit(), f.belowNorm(), f.classed(), f.percent(), f.unspecified(),
					f.notApplicable());
		}
	}

	record AreaFigures(String code, String name, String level, List<Figure> figures) {
	}

	record Backlog(String demarcation, AreaFigures area, List<AreaFigures> children, String source, String rule) {
	}

	@GetMapping("/backlogs/{areaCode}")
	Backlog backlog(Scope scope, @PathVariable String areaCode, @RequestParam(required = false) String demarcation) {
		AreaSummary area = backlogs.area(scope, demarcation, areaCode);
		List<Figure> own = backlogs.figures(area).stream().map(Figure::of).toList();
		Map<String, AreaFigures> children = new LinkedHashMap<>();
		for (BacklogFigure f : backlogs.children(area)) {
			children.computeIfAbsent(f.areaCode(), c -> new AreaFigures(c, f.areaName(), f.level().name().toLowerCase(), new java.util.ArrayList<>()))
				.figures()
				.add(Figure.of(f));
		}
		return new Backlog(area.demarcation(), new AreaFigures(area.code(), area.name(), area.level().name().toLowerCase(), own),
				List.copyOf(children.values()),
				"Statistics South Africa (Census 2011, Community Survey 2016), ward figures rolled up; see /backlogs/mapping",
				"below the norm as a percentage of those classed (below, basic or above basic); unspecified and not applicable left out");
	}

	@GetMapping("/backlogs/mapping")
	List<AnswerClass> mapping() {
		return backlogs.mapping();
	}
}
