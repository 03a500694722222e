package org.thusong.coordination.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.coordination.Ask;
import org.thusong.coordination.DataRequestView;
import org.thusong.coordination.DataRequests;
import org.thusong.coordination.NewDataRequest;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;

/**
 * Data requests over the API: file one (answered at once where the central database holds the
 * values), read it with every cell and how it was answered, download its values in DHIS2's CSV;
 * a municipality's open questions and its answers; the burden of reporting.
 */
@RestController
@RequestMapping("/api/v1/data-requests")
class DataRequestApi {

	private final DataRequests requests;

	DataRequestApi(DataRequests requests) {
		this.requests = requests;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
	ResponseEntity<DataRequestView> file(@RequestBody NewDataRequest command, @AuthenticationPrincipal ThusongUser me) {
		DataRequestView filed = requests.file(command, me);
		return ResponseEntity.created(URI.create("/api/v1/data-requests/" + filed.reference())).body(filed);
	}

	@GetMapping
	List<Map<String, Object>> list(Scope scope) {
		return requests.list(scope);
	}

	@GetMapping("/{reference}")
	DataRequestView one(@PathVariable String reference, Scope scope) {
		return requests.find(reference, scope).orElseThrow(() -> new NotFound("No data request " + reference));
	}

	@GetMapping(path = "/{reference}/values.csv", produces = "text/csv")
	ResponseEntity<String> csv(@PathVariable String reference, Scope scope) {
		DataRequestView view = one(reference, scope);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"" + view.reference() + ".csv\"")
			.body(DataRequestCsv.of(view));
	}

	@GetMapping("/asks")
	List<Ask> asks(@RequestParam String municipality, Scope scope) {
		return requests.openAsks(municipality(municipality, scope));
	}

	@PostMapping("/answers")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER','PMS_OFFICER')")
	Map<String, Integer> answer(@RequestParam String municipality, @RequestBody Map<Long, String> answers,
			@AuthenticationPrincipal ThusongUser me) {
		return Map.of("answered", requests.answer(municipality, answers, me));
	}

	@GetMapping("/burden")
	List<DataRequests.Burden> burden(Scope scope) {
		return requests.burden(scope);
	}

	private String municipality(String code, Scope scope) {
		return requests.municipalityWithin(code, scope);
	}
}
