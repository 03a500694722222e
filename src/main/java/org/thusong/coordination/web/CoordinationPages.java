package org.thusong.coordination.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.coordination.DataRequests;
import org.thusong.coordination.NewDataRequest;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.Organisations;

/**
 * The data requests desk: the requests filed within the reader's scope, a form to file one, each
 * request with how every value was answered, a municipality's one form of open questions, and the
 * burden of reporting per municipality.
 */
@Controller
class CoordinationPages {

	private final DataRequests requests;

	private final Organisations organisations;

	CoordinationPages(DataRequests requests, Organisations organisations) {
		this.requests = requests;
		this.organisations = organisations;
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
		model.addAttribute("request", requests.find(reference, scope)
			.orElseThrow(() -> new NotFound("No data request " + reference + " within your scope")));
		return "coordination/request";
	}

	/** The download for people signed in on the pages (the API's own needs an API client's credentials). */
	@GetMapping(path = "/coordination/requests/{reference}/values.csv", produces = "text/csv")
	org.springframework.http.ResponseEntity<String> csv(@PathVariable String reference, Scope scope) {
		org.thusong.coordination.DataRequestView view = requests.find(reference, scope)
			.orElseThrow(() -> new NotFound("No data request " + reference + " within your scope"));
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8"))
			.header("Content-Disposition", "attachment; filename=\"" + view.reference() + ".csv\"")
			.body(DataRequestCsv.of(view));
	}

	@GetMapping("/coordination/answers")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER','PMS_OFFICER')")
	String answers(@RequestParam(required = false) String municipality, @AuthenticationPrincipal ThusongUser me, Scope scope,
			Model model) {
		String code = requests.municipalityWithin(municipality == null || municipality.isBlank() ? String.valueOf(me.organisationCode())
				: municipality, scope);
		model.addAttribute("municipality", organisations.findByCode(code).orElseThrow());
		model.addAttribute("asks", requests.openAsks(code));
		return "coordination/answers";
	}

	@PostMapping("/coordination/answers")
	@PreAuthorize("hasAnyRole('ADMIN','MANAGER','OFFICER','PMS_OFFICER')")
	String answer(@RequestParam String municipality, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
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
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", e.getMessage());
			model.addAttribute("given", form);
			return answers(code, me, scope, model);
		}
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
