package org.thusong.coordination.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.coordination.AnswersRefused;
import org.thusong.coordination.Ask;
import org.thusong.coordination.DataRequestView;
import org.thusong.coordination.DataRequests;
import org.thusong.coordination.NewDataRequest;
import org.thusong.core.Attachment;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;

/**
 * Data requests over the API: file one (answered at once where the central database holds the
 * values), read it with every cell and how it was answered, download its values in DHIS2's CSV;
 * a municipality's open questions and its answers, also as a workbook to download and upload
 * filled in; the burden of reporting.
 */
@RestController
@RequestMapping("/api/v1/data-requests")
class DataRequestApi {

	private final DataRequests requests;

	private final AnswerUploads uploads;

	DataRequestApi(DataRequests requests, AnswerUploads uploads) {
		this.requests = requests;
		this.uploads = uploads;
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
		return Attachment.of(DataRequestCsv.of(view), view.reference() + ".csv", "text/csv;charset=UTF-8");
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

	/** The municipality's form as a workbook, in the reader's language; see the answers page. */
	@GetMapping(path = "/answers.xlsx", produces = CoordinationPages.XLSX)
	ResponseEntity<byte[]> answersWorkbook(@RequestParam String municipality, Scope scope, Locale locale) {
		String code = municipality(municipality, scope);
		return Attachment.of(uploads.workbook(code, locale), "answers-" + code + ".xlsx", CoordinationPages.XLSX);
	}

	/**
	 * The filled workbook back as multipart field {@code file}: how many were answered, or 400 (413
	 * for a file over the upload limit) with every problem under {@code errors} by row and column.
	 */
	@PostMapping(path = "/answers.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER','PMS_OFFICER')")
	ResponseEntity<?> answerWithWorkbook(@RequestParam String municipality, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Locale locale) {
		AnswerUploads.Outcome outcome = uploads.upload(municipality(municipality, scope), file, me, locale);
		if (!outcome.refused()) {
			return ResponseEntity.ok(Map.of("answered", outcome.answered()));
		}
		Map<String, String> errors = new LinkedHashMap<>();
		outcome.problems().forEach(p -> errors.merge(p.where(), p.message(), (a, b) -> a + "; " + b));
		return problem(outcome.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, errors);
	}

	/** Answers refused: every problem under {@code errors}, by the field that gave it ({@code answer-17}). */
	@ExceptionHandler(AnswersRefused.class)
	ResponseEntity<ProblemDetail> refused(AnswersRefused e, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		List<String> messages = uploads.messages(e, locale);
		for (int i = 0; i < messages.size(); i++) {
			errors.merge(e.problems().get(i).place(), messages.get(i), (a, b) -> a + "; " + b);
		}
		return problem(HttpStatus.BAD_REQUEST, errors);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, Map<String, String> errors) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, String.join("; ", errors.entrySet().stream()
			.map(e -> e.getKey() + ": " + e.getValue())
			.toList()));
		problem.setProperty("errors", errors);
		return ResponseEntity.status(status).body(problem);
	}

	@GetMapping("/burden")
	List<DataRequests.Burden> burden(Scope scope) {
		return requests.burden(scope);
	}

	private String municipality(String code, Scope scope) {
		return requests.municipalityWithin(code, scope);
	}
}
