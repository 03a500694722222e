package org.thusong.indicators.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.indicators.Indicator;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;

/** An indicator's figure for an area and for each of its parts in one period: the page's and the API's table. */
@Component
class IndicatorFigures {

	/** One area's row. */
	record Row(String areaCode, String areaName, IndicatorValues.Figure figure) {
	}

	/** The indicator, the area and period asked for, the area's own row, then its parts'. */
	record Table(Indicator indicator, String areaCode, String areaName, String demarcation, String period, Row total,
			List<Row> parts) {
	}

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	private final Areas areas;

	IndicatorFigures(IndicatorLibrary library, IndicatorValues values, Areas areas) {
		this.library = library;
		this.values = values;
		this.areas = areas;
	}

	Table table(String code, String areaCode, String periodIso, Scope scope) {
		Indicator indicator = library.indicator(code).orElseThrow(() -> new NotFound("No indicator has the code '" + code + "'"));
		AreaSummary area = areas.find(areaCode)
			.filter(a -> scope.covers(a.codePath()))
			.orElseThrow(() -> new InvalidInput("area", "no area with the code '" + areaCode + "' within your scope"));
		Period period = Period.parse(periodIso, "period");
		Row total = new Row(area.code(), area.name(), values.figure(indicator, area.codePath(), period));
		List<Row> parts = new ArrayList<>();
		for (AreaSummary child : areas.children(area)) {
			parts.add(new Row(child.code(), child.name(), values.figure(indicator, child.codePath(), period)));
		}
		return new Table(indicator, area.code(), area.name(), area.demarcation(), period.iso(), total, parts);
	}
}
