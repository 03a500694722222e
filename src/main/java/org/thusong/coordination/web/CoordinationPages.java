package org.thusong.coordination.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.coordination.AnswersRefused;
import org.thusong.coordination.DataRequests;
import org.thusong.coordination.NewDataRequest;
import org.thusong.core.Attachment;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.Organisations;

/**
 * The data requests desk: the requests filed within the reader's scope, a form to file one, each
 * request with how every value was answered, a municipality's one form of open questions (also as
 * a workbook to fill in offline and upload), and the burden of reporting per municipality.
 */
@Controller
class CoordinationPages {

	private final DataRequests requests;

	private static final String ANSWERERS = "hasAnyRole('ADMIN','MANAGER','OFFICER','PMS_OFFICER')";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Organisations organisations;

	private final AnswerUploads uploads;

	private final IndicatorLibrary library;

	CoordinationPages(DataRequests requests, Organisations organisations, AnswerUploads uploads, IndicatorLibrary library) {
		this.requests = requests;
		this.organisations = organisations;
		this.uploads = uploads;
		this.library = library;
	}

	@GetMapping("/coordination")
	String list(Scope scope, @AuthenticationPrincipal ThusongUser me, Model model) {
		model.addAttribute("requests", requests.list(scope));
		model.addAttribute("canFile", me.has(org.thusong.identity.Role.ADMIN) || me.has(org.thusong.identity.Role.COORDINATOR));
		return "coordination/list";
	}

	@GetMapping("/coordination/new")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
	String newRequest(Scope scope, Model model) {
		return form(scope, model, Map.of(), Map.of(), List.of());
	}

	@PostMapping("/coordination/new")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
	String file(@RequestParam Map<String, String> form,
			@RequestParam(name = "municipalities", required = false) List<String> municipalities,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model, HttpServletResponse response) {
		try {
			LocalDate due;
			try {
				due = LocalDate.parse(form.getOrDefault("dueOn", "").trim());
			}
			catch (DateTimeParseException e) {
				throw new InvalidInput("dueOn", "give the date as YYYY-MM-DD");
			}
			List<NewDataRequest.NewItem> items = form.getOrDefault("newCode", "").isBlank() ? List.of()
					: List.of(new NewDataRequest.NewItem(form.get("newCode"), form.get("newName"), form.get("newDefinition")));
			String reference = requests.file(new NewDataRequest(form.get("title"), split(form.get("dataElements")), items,
					split(form.get("periods")), municipalities == null ? List.of() : municipalities, due), me).reference();
			return "redirect:/coordination/requests/" + reference;
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> errors = new LinkedHashMap<>();
			errors.put(e.field(), e.getMessage());
			return form(scope, model, form, errors, municipalities == null ? List.of() : municipalities);
		}
	}

	private String form(Scope scope, Model model, Map<String, String> values, Map<String, String> errors, List<String> chosen) {
		model.addAttribute("municipalities", organisations.everyWithin(scope, OrganisationKind.MUNICIPALITY));
		model.addAttribute("form", values);
		model.addAttribute("errors", errors);
		model.addAttribute("chosen", chosen);
		return "coordination/new";
	}

	@GetMapping("/coordination/requests/{reference}")
	String request(@PathVariable String reference, Scope scope, Model model) {
		org.thusong.coordination.DataRequestView view = requests.find(reference, scope)
			.orElseThrow(() -> new NotFound("No data request " + reference + " within your scope"));
		Map<String, String> elementNames = new java.util.HashMap<>();
		library.elements(view.cells().stream().map(c -> c.dataElement()).distinct().toList())
			.forEach(e -> elementNames.put(e.code(), e.name()));
		model.addAttribute("request", view);
		model.addAttribute("elementNames", elementNames);
		return "coordination/request";
	}

	/** The download for people signed in on the pages (the API's own needs an API client's credentials). */
	@GetMapping(path = "/coordination/requests/{reference}/values.csv", produces = "text/csv")
	org.springframework.http.ResponseEntity<String> csv(@PathVariable String reference, Scope scope) {
		org.thusong.coordination.DataRequestView view = requests.find(reference, scope)
			.orElseThrow(() -> new NotFound("No data request " + reference + " within your scope"));
		return Attachment.of(DataRequestCsv.of(view), view.reference() + ".csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/coordination/answers")
	@PreAuthorize(ANSWERERS)
	String answers(@RequestParam(required = false) String municipality, @AuthenticationPrincipal ThusongUser me, Scope scope,
			Model model) {
		String code = municipalityOf(municipality, me, scope);
		model.addAttribute("municipality", organisations.findByCode(code).orElseThrow());
		model.addAttribute("asks", requests.openAsks(code));
		return "coordination/answers";
	}

	@PostMapping("/coordination/answers")
	@PreAuthorize(ANSWERERS)
	String answer(@RequestParam String municipality, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		String code = requests.municipalityWithin(municipality, scope);
		Map<Long, String> answers = new LinkedHashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("answer-")) {
				answers.put(Long.parseLong(key.substring("answer-".length())), value);
			}
		});
		try {
			redirect.addFlashAttribute("answered", requests.answer(code, answers, me));
			return "redirect:/coordination/answers?municipality=" + code;
		}
		catch (AnswersRefused e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", uploads.messages(e, locale));
			model.addAttribute("given", form);
			return answers(code, me, scope, model);
		}
	}

	/** The form as a workbook: everything asked of the municipality now, the answers given filled in. */
	@GetMapping("/coordination/answers.xlsx")
	@PreAuthorize(ANSWERERS)
	ResponseEntity<byte[]> answersWorkbook(@RequestParam(required = false) String municipality,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Locale locale) {
		String code = municipalityOf(municipality, me, scope);
		return Attachment.of(uploads.workbook(code, locale), "answers-" + code + ".xlsx", XLSX);
	}

	/** The filled workbook back: every row answered at once, or nothing kept and every problem listed by row and column. */
	@PostMapping("/coordination/answers.xlsx")
	@PreAuthorize(ANSWERERS)
	String answerWithWorkbook(@RequestParam String municipality, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model, RedirectAttributes redirect,
			HttpServletResponse response, Locale locale) {
		String code = requests.municipalityWithin(municipality, scope);
		AnswerUploads.Outcome outcome = uploads.upload(code, file, me, locale);
		if (!outcome.refused()) {
			redirect.addFlashAttribute("answered", outcome.answered());
			return "redirect:/coordination/answers?municipality=" + code;
		}
		response.setStatus(outcome.tooLarge() ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("uploadProblems", outcome.problems());
		return answers(code, me, scope, model);
	}

	/** The municipality asked for, or else the reader's own, if it lies within the scope. */
	private String municipalityOf(String municipality, ThusongUser me, Scope scope) {
		return requests.municipalityWithin(municipality == null || municipality.isBlank()
				? String.valueOf(me.organisationCode()) : municipality, scope);
	}

	@GetMapping("/coordination/burden")
	String burden(Scope scope, Model model) {
		model.addAttribute("burden", requests.burden(scope));
		return "coordination/burden";
	}

	private static List<String> split(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[\\s,;]+")).filter(s -> !s.isBlank()).toList();
	}
}
