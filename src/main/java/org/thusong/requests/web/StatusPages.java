package org.thusong.requests.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.requests.RequestDesk;
import org.thusong.requests.RequestStatus;
import org.thusong.requests.RequestView;
import org.thusong.requests.RequestViews;

/**
 * The status of a request for anyone holding its reference number: where it stands, in which
 * ward, when, how many people reported it and what the municipality said publicly; no name,
 * phone or e-mail. Once resolved, the reporter rates the answer or says it is not fixed.
 */
@Controller
class StatusPages {

	private final RequestViews views;

	private final RequestDesk desk;

	private final FilingChoices choices;

	private final MessageSource messages;

	StatusPages(RequestViews views, RequestDesk desk, FilingChoices choices, MessageSource messages) {
		this.views = views;
		this.desk = desk;
		this.choices = choices;
		this.messages = messages;
	}

	@GetMapping("/status")
	String find(@RequestParam(required = false) String reference, Model model, HttpServletResponse response, Locale locale) {
		if (reference == null) {
			return "requests/status-find";
		}
		String trimmed = reference.trim();
		if (!trimmed.isEmpty() && exists(trimmed)) {
			return "redirect:/status/" + trimmed.toUpperCase(Locale.ROOT);
		}
		response.setStatus(trimmed.isEmpty() ? HttpServletResponse.SC_BAD_REQUEST : HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("reference", trimmed);
		model.addAttribute("error", messages.getMessage(trimmed.isEmpty() ? "requests.error.reference" : "requests.status.unknown",
				new Object[] { trimmed }, locale));
		return "requests/status-find";
	}

	@GetMapping("/status/{reference}")
	String status(@PathVariable String reference, Model model, HttpServletResponse response, Locale locale) {
		RequestView view;
		try {
			view = views.forPublic(reference);
		}
		catch (NotFound e) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
			model.addAttribute("reference", reference);
			model.addAttribute("error", messages.getMessage("requests.status.unknown", new Object[] { reference }, locale));
			return "requests/status-find";
		}
		OrganisationSummary municipality = choices.organisation(view.organisationCode()).orElseThrow();
		ZoneId zone = FilingChoices.zone(municipality);
		model.addAttribute("request", view);
		model.addAttribute("municipality", municipality);
		model.addAttribute("serviceName", choices.service(view.organisationCode(), view.serviceCode())
			.map(s -> s.name(locale)).orElse(view.serviceCode()));
		model.addAttribute("submitted", PageText.time(view.submittedAt(), zone));
		model.addAttribute("due", PageText.time(view.dueAt(), zone));
		model.addAttribute("resolved", PageText.time(view.resolvedAt(), zone));
		model.addAttribute("zone", zone.getId());
		model.addAttribute("photos", views.photoCount(view.reference()));
		model.addAttribute("steps", view.history().stream()
			.map(s -> new Step(PageText.time(s.at(), zone), s.action(), s.to(), s.note()))
			.toList());
		boolean resolved = view.status() == RequestStatus.RESOLVED || view.status() == RequestStatus.CLOSED;
		model.addAttribute("canRate", resolved && view.rating() == null);
		model.addAttribute("canReopen", view.status().next().contains(RequestStatus.REOPENED));
		model.addAttribute("dueWords", view.status().isOpen() ? PageText.due(view.dueAt(), Instant.now(), messages, locale) : null);
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "requests/status";
	}

	/** A public step of the history, its time in the municipality's zone. */
	record Step(String at, String action, RequestStatus to, String note) {
	}

	@PostMapping("/status/{reference}/rating")
	String rate(@PathVariable String reference, @RequestParam(required = false) String stars,
			@RequestParam(required = false) String comment, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		return answer(reference, "requests.status.ratedDone", () -> {
			int value;
			try {
				value = Integer.parseInt(stars == null ? "" : stars.trim());
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("rating", "must be a whole number from 1 to 5");
			}
			desk.rate(reference, value, comment);
		}, model, response, redirect, locale);
	}

	@PostMapping("/status/{reference}/reopen")
	String reopen(@PathVariable String reference, @RequestParam(required = false) String reason, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		return answer(reference, "requests.status.reopenDone", () -> desk.reopenByReporter(reference, reason), model,
				response, redirect, locale);
	}

	/** Does what the reporter asked; a refusal shows the page again with the message (400 or 409). */
	private String answer(String reference, String doneKey, Runnable action, Model model, HttpServletResponse response,
			RedirectAttributes redirect, Locale locale) {
		try {
			action.run();
			redirect.addFlashAttribute("done", messages.getMessage(doneKey, null, locale));
			return "redirect:/status/" + reference;
		}
		catch (InvalidInput e) {
			model.addAttribute("errors", PageText.errors(e, messages, locale));
			String page = status(reference, model, response, locale);
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page;
		}
		catch (Conflict e) {
			model.addAttribute("failed", e.getMessage());
			String page = status(reference, model, response, locale);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return page;
		}
	}

	private boolean exists(String reference) {
		try {
			views.forPublic(reference);
			return true;
		}
		catch (NotFound e) {
			return false;
		}
	}
}
