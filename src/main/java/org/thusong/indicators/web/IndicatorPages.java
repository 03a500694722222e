package org.thusong.indicators.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.indicators.Indicator;
import org.thusong.indicators.IndicatorLibrary;

/** The indicator library, and an indicator's figures for an area and its parts as a table and a chart. */
@Controller
class IndicatorPages {

	private final IndicatorLibrary library;

	private final IndicatorFigures figures;

	IndicatorPages(IndicatorLibrary library, IndicatorFigures figures) {
		this.library = library;
		this.figures = figures;
	}

	@GetMapping("/indicators")
	String list(@RequestParam(required = false) String q, Model model) {
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("indicators", library.indicators(q));
		return "indicators/list";
	}

	@GetMapping("/indicators/{code}")
	String indicator(@PathVariable String code, @RequestParam(required = false) String area,
			@RequestParam(required = false) String period, Scope scope, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Indicator indicator = library.indicator(code).orElseThrow(() -> new NotFound("No indicator has the code '" + code + "'"));
		List<String> codes = new ArrayList<>(indicator.numerator());
		codes.addAll(indicator.denominator());
		model.addAttribute("indicator", indicator);
		model.addAttribute("elements", library.elements(codes));
		model.addAttribute("area", area == null ? "" : area);
		model.addAttribute("period", period == null ? "" : period);
		if (area != null && !area.isBlank() && period != null && !period.isBlank()) {
			try {
				model.addAttribute("table", figures.table(code, area.trim(), period.trim(), scope));
			}
			catch (InvalidInput e) {
				response.setStatus(400);
				model.addAttribute("error", e.getMessage());
			}
		}
		return "indicators/indicator";
	}
}
