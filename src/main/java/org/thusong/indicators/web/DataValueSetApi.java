package org.thusong.indicators.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.Attachment;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.identity.ThusongUser;
import org.thusong.indicators.DataValue;
import org.thusong.indicators.DataValueSets;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;

/**
 * DHIS2's data value set exchange: {@code POST /api/v1/dataValueSets} with a JSON or CSV body
 * (and {@code dryRun=true} to check only) answers DHIS2's import summary, 200 when kept and 409
 * when any value conflicts (nothing kept); {@code GET} gives the values as JSON or, for
 * {@code .csv} or {@code Accept: text/csv}, CSV, filtered by {@code dataElement}, {@code period},
 * {@code orgUnit} (each repeatable) and {@code children}.
 */
@RestController
class DataValueSetApi {

	static final int MOST = 100_000;

	private final DataValueSets sets;

	private final IndicatorValues values;

	private final Areas areas;

	DataValueSetApi(DataValueSets sets, IndicatorValues values, Areas areas) {
		this.sets = sets;
		this.values = values;
		this.areas = areas;
	}

	@PostMapping(path = "/api/v1/dataValueSets", consumes = { MediaType.APPLICATION_JSON_VALUE, "text/csv",
			MediaType.TEXT_PLAIN_VALUE, "application/csv" })
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR','MANAGER')")
	ResponseEntity<DataValueSets.ImportSummary> post(@RequestBody(required = false) String body,
			@RequestHeader(name = "Content-Type") String contentType,
			@RequestParam(defaultValue = "false") boolean dryRun, Scope scope, @AuthenticationPrincipal ThusongUser me) {
		DataValueSets.ImportSummary summary = contentType.toLowerCase().contains("json")
				? sets.importJson(body, dryRun, scope, me.getUsername())
				: sets.importCsv(body, dryRun, scope, me.getUsername());
		return ResponseEntity.status("ERROR".equals(summary.status()) ? HttpStatus.CONFLICT : HttpStatus.OK).body(summary);
	}

	@GetMapping(path = { "/api/v1/dataValueSets", "/api/v1/dataValueSets.json" }, produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, List<DataValue>> json(@RequestParam(required = false) List<String> dataElement,
			@RequestParam(required = false) List<String> period, @RequestParam(required = false) List<String> orgUnit,
			@RequestParam(defaultValue = "false") boolean children, Scope scope) {
		return Map.of("dataValues", find(dataElement, period, orgUnit, children, scope));
	}

	@GetMapping(path = { "/api/v1/dataValueSets", "/api/v1/dataValueSets.csv" }, produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam(required = false) List<String> dataElement,
			@RequestParam(required = false) List<String> period, @RequestParam(required = false) List<String> orgUnit,
			@RequestParam(defaultValue = "false") boolean children, Scope scope) {
		return Attachment.of(sets.csv(find(dataElement, period, orgUnit, children, scope)), "dataValueSets.csv", "text/csv;charset=UTF-8");
	}

	private List<DataValue> find(List<String> elements, List<String> periods, List<String> orgUnits, boolean children,
			Scope scope) {
		List<String> paths = new ArrayList<>();
		// Found as an import finds them (an earlier demarcation's ward too), so what was exported comes back.
		List<String> codes = orgUnits == null ? List.of() : orgUnits;
		Map<String, AreaSummary> found = areas.findAll(codes);
		for (String code : codes) {
			AreaSummary area = Optional.ofNullable(found.get(code))
				.filter(a -> scope.covers(a.codePath()))
				.orElseThrow(() -> new InvalidInput("orgUnit", "no area with the code '" + code + "' within your scope"));
			paths.add(area.codePath());
		}
		for (String p : periods == null ? List.<String>of() : periods) {
			Period.parse(p, "period");
		}
		return values.find(scope, elements == null ? List.of() : elements, periods == null ? List.of() : periods, paths,
				children, MOST);
	}
}
