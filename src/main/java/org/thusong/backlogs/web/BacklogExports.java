package org.thusong.backlogs.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.backlogs.BacklogFigure;
import org.thusong.backlogs.Backlogs;
import org.thusong.core.Attachment;
import org.thusong.core.CsvField;
import org.thusong.core.Scope;
import org.thusong.core.TableWorkbook;
import org.thusong.geography.AreaSummary;

/**
 * An area's backlogs and its children's as a file a person can open: CSV or XLSX, one row per
 * area, service and survey, with the rule and source so that every figure can be traced.
 */
@Controller
class BacklogExports {

	static final List<String> HEADER = List.of("demarcation", "area_code", "area_name", "level", "service", "survey_year", "unit",
			"below_norm", "classed", "percent_below", "unspecified", "not_applicable");

	static final String SOURCE = "Source: Statistics South Africa (Census 2011, Community Survey 2016) via Code for South Africa's Wazimap;"
			+ " ward rows rolled up by Thusong; percent = below_norm / classed (unspecified and not applicable left out)";

	private final Backlogs backlogs;

	BacklogExports(Backlogs backlogs) {
		this.backlogs = backlogs;
	}

	private List<List<Object>> rows(AreaSummary area) {
		List<List<Object>> rows = new ArrayList<>();
		List<BacklogFigure> all = new ArrayList<>(backlogs.figures(area));
		all.addAll(backlogs.children(area));
		for (BacklogFigure f : all) {
			rows.add(List.of(f.demarcation(), f.areaCode(), f.areaName(), f.level().name().toLowerCase(), f.service().code(), f.surveyYear(),
					f.unit(), f.belowNorm(), f.classed(), f.percent() == null ? "" : f.percent(), f.unspecified(), f.notApplicable()));
		}
		return rows;
	}

	@GetMapping("/backlogs/{code}/export.csv")
	ResponseEntity<byte[]> csv(Scope scope, @PathVariable String code, @RequestParam(required = false) String demarcation) {
		AreaSummary area = backlogs.area(scope, demarcation, code);
		StringBuilder out = new StringBuilder();
		out.append(String.join(",", HEADER)).append("\r\n");
		for (List<Object> row : rows(area)) {
			out.append(String.join(",", row.stream().map(CsvField::of).toList())).append("\r\n");
		}
		out.append(CsvField.of(SOURCE)).append("\r\n");
		return Attachment.of(out.toString().getBytes(StandardCharsets.UTF_8), "backlogs-" + area.code() + "-" + area.demarcation() + ".csv",
				"text/csv;charset=UTF-8");
	}

	@GetMapping("/backlogs/{code}/export.xlsx")
	ResponseEntity<byte[]> xlsx(Scope scope, @PathVariable String code, @RequestParam(required = false) String demarcation) {
		AreaSummary area = backlogs.area(scope, demarcation, code);
		return Attachment.of(TableWorkbook.of("Backlogs " + area.code(), HEADER, rows(area), SOURCE),
				"backlogs-" + area.code() + "-" + area.demarcation() + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	/** The ward rows behind a figure, with the file and line each came from: the figure traced to the source. */
	@GetMapping("/backlogs/{code}/sources.csv")
	ResponseEntity<byte[]> sources(Scope scope, @PathVariable String code, @RequestParam(required = false) String demarcation,
			@RequestParam String service, @RequestParam int year) {
		AreaSummary area = backlogs.area(scope, demarcation, code);
		org.thusong.backlogs.BasicService chosen = org.thusong.backlogs.BasicService.parse("service", service);
		StringBuilder out = new StringBuilder("ward_code,answer,norm_class,count,unit,file,line\r\n");
		for (Backlogs.SourceRow row : backlogs.sourceRows(area, chosen, year)) {
			out.append(String.join(",", CsvField.of(row.wardCode()), CsvField.of(row.answer()), row.normClass().name(), String.valueOf(row.count()), row.unit(),
					CsvField.of(row.file()), String.valueOf(row.line()))).append("\r\n");
		}
		return Attachment.of(out.toString().getBytes(StandardCharsets.UTF_8),
				"sources-" + area.code() + "-" + area.demarcation() + "-" + chosen.code() + "-" + year + ".csv", "text/csv;charset=UTF-8");
	}
}
