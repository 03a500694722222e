package org.thusong.coordination.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.coordination.NewIntervention;
import org.thusong.coordination.SupportArea;
import org.thusong.coordination.SupportRegister;
import org.thusong.coordination.SupportStatus;
import org.thusong.coordination.SupportType;
import org.thusong.core.Attachment;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;

/**
 * The support register: the municipalities of the reader's scope with their flags, and each
 * municipality's consolidated support plan with forms to record support and capacity gaps, and the
 * plan as a workbook or a PDF.
 */
@Controller
class SupportPages {

	static final String RECORDERS = "hasAnyRole('ADMIN','COORDINATOR','MANAGER')";

	private final SupportRegister register;

	private final SupportPlanPdf pdf;

	SupportPages(SupportRegister register, SupportPlanPdf pdf) {
		this.register = register;
		this.pdf = pdf;
	}

	@GetMapping("/coordination/support")
	String overview(Scope scope, Model model) {
		model.addAttribute("rows", register.overview(scope));
		return "coordination/support";
	}

	/** The overview's "open" form: to the plan of the municipality typed. */
	@GetMapping("/coordination/support/open")
	String open(@RequestParam String municipality) {
		return "redirect:/coordination/support/" + org.springframework.web.util.UriUtils.encodePathSegment(municipality.trim(),
				java.nio.charset.StandardCharsets.UTF_8);
	}

	@GetMapping("/coordination/support/{municipality}")
	String plan(@PathVariable String municipality, Scope scope, Model model) {
		return show(municipality, scope, model, Map.of(), Map.of());
	}

	@GetMapping(path = "/coordination/support/{municipality}/plan.xlsx")
	ResponseEntity<byte[]> workbook(@PathVariable String municipality, Scope scope) {
		SupportRegister.Plan plan = register.plan(municipality, scope);
		return Attachment.of(SupportPlanWorkbook.of(plan), "support-plan-" + plan.municipality().code() + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping(path = "/coordination/support/{municipality}/plan.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String municipality, Scope scope, Locale locale) {
		SupportRegister.Plan plan = register.plan(municipality, scope);
		return Attachment.of(pdf.of(plan, locale), "support-plan-" + plan.municipality().code() + ".pdf", "application/pdf");
	}

	@PostMapping("/coordination/support/{municipality}/interventions")
	@PreAuthorize(RECORDERS)
	String record(@PathVariable String municipality, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model, HttpServletResponse response) {
		try {
			register.record(new NewIntervention(municipality, choice(SupportArea.class, form.get("area"), "area"),
					choice(SupportType.class, form.get("type"), "type"), form.get("title"),
					number(form.get("peopleDeployed"), "peopleDeployed"), date(form.get("startsOn"), "startsOn"),
					date(form.get("endsOn"), "endsOn"), amount(form.get("budget")),
					choice(SupportStatus.class, form.getOrDefault("status", "PLANNED"), "status"), form.get("outcome"),
					form.get("skillsTransferred")), me);
			return "redirect:/coordination/support/" + municipality;
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(municipality, scope, model, form, Map.of(e.field(), e.getMessage()));
		}
		catch (Conflict e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return show(municipality, scope, model, form, Map.of("title", e.getMessage()));
		}
	}

	@PostMapping("/coordination/support/{municipality}/gaps")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
	String gap(@PathVariable String municipality, @RequestParam(required = false) String area,
			@RequestParam(required = false) String description, @AuthenticationPrincipal ThusongUser me, Scope scope,
			Model model, HttpServletResponse response) {
		try {
			register.recordGap(municipality, choice(SupportArea.class, area, "area"), description, me);
			return "redirect:/coordination/support/" + municipality;
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(municipality, scope, model, Map.of(), Map.of("gap", e.getMessage()));
		}
	}

	private String show(String municipality, Scope scope, Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("plan", register.plan(municipality, scope));
		model.addAttribute("areas", SupportArea.values());
		model.addAttribute("types", SupportType.values());
		model.addAttribute("statuses", SupportStatus.values());
		model.addAttribute("form", new LinkedHashMap<>(form));
		model.addAttribute("errors", errors);
		return "coordination/support-plan";
	}

	static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "choose one");
		}
		try {
			return Enum.valueOf(type, value.trim());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "'" + value + "' is not one of the choices");
		}
	}

	static Integer number(String text, String field) {
		if (text == null || text.isBlank()) {
			return 0;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be a whole number");
		}
	}

	static LocalDate date(String text, String field) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "give the date as YYYY-MM-DD");
		}
	}

	static BigDecimal amount(String text) {
		try {
			return text == null || text.isBlank() ? null : new BigDecimal(text.trim().replace(" ", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("budget", "must be an amount in rand, e.g. 250000");
		}
	}
}
