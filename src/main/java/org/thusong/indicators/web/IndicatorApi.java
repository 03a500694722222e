package org.thusong.indicators.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.indicators.Indicator;
import org.thusong.indicators.IndicatorLibrary;

/** The indicator library and an indicator's figures for an area, its parts, and a period. */
@RestController
class IndicatorApi {

	private final IndicatorLibrary library;

	private final IndicatorFigures figures;

	IndicatorApi(IndicatorLibrary library, IndicatorFigures figures) {
		this.library = library;
		this.figures = figures;
	}

	@GetMapping("/api/v1/indicators")
	List<Indicator> list(@RequestParam(required = false) String q) {
		return library.indicators(q);
	}

	@GetMapping("/api/v1/indicators/{code}")
	Indicator one(@PathVariable String code) {
		return library.indicator(code).orElseThrow(() -> new NotFound("No indicator has the code '" + code + "'"));
	}

	@GetMapping("/api/v1/indicators/{code}/figures")
	IndicatorFigures.Table figures(@PathVariable String code, @RequestParam String area, @RequestParam String period,
			Scope scope) {
		return figures.table(code, area, period, scope);
	}
}
