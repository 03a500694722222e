package org.thusong.requests.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.Channel;
import org.thusong.requests.FiledBy;
import org.thusong.requests.NewServiceRequest;
import org.thusong.requests.RequestDesk;
import org.thusong.requests.RequestFilter;
import org.thusong.requests.RequestQueue;
import org.thusong.requests.RequestSummary;
import org.thusong.requests.ServiceRequest;

/**
 * The contact centre's console (find a caller's earlier requests by phone or reference; file a
 * new one for the caller in under a minute) and a community representative's page of every
 * request in their area.
 */
@Controller
class ConsolePages {

	/** The console's compact filing form. */
	record CallForm(String service, String kind, String ward, String description, String address, String name,
			String phone, String channel) {

		static CallForm empty() {
			return new CallForm(null, "REQUEST", null, null, null, null, null, "PHONE");
		}
	}

	private final RequestQueue queue;

	private final RequestDesk desk;

	private final FilingChoices choices;

	private final RequestPages pages;

	private final MessageSource messages;

	ConsolePages(RequestQueue queue, RequestDesk desk, FilingChoices choices, RequestPages pages, MessageSource messages) {
		this.queue = queue;
		this.desk = desk;
		this.choices = choices;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping("/requests/console")
	@PreAuthorize("hasAnyRole('AGENT','ADMIN')")
	String console(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String organisation, Model model, Locale locale) {
		return show(scope, me, organisation, q, CallForm.empty(), Map.of(), Map.of(), model, locale);
	}

	@PostMapping("/requests/console")
	@PreAuthorize("hasAnyRole('AGENT','ADMIN')")
	String file(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			CallForm form, HttpServletRequest request, HttpServletResponse response, Model model,
			RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = municipality(me, organisation)
			.orElseThrow(() -> new NotFound("Choose the municipality: add ?organisation=CODE"));
		CatalogueService service = choices.service(municipality.code(), form.service()).orElse(null);
		Map<String, List<String>> answers = FilingChoices.answers(request, service);
		try {
			Channel channel = RequestApi.parse(Channel.class, form.channel(), "channel");
			ServiceRequest filed = desk.file(new NewServiceRequest(municipality.code(), form.service(),
					ReportPages.kind(form.kind()), form.description(), null, null, ReportPages.blank(form.ward()), null,
					form.address(), form.name(), form.phone(), null, FiledBy.AGENT, channel == null ? Channel.PHONE : channel,
					answers), me.getUsername());
			redirect.addFlashAttribute("done", messages.getMessage("requests.console.filed", new Object[] { filed.reference() },
					locale));
			return "redirect:/requests/" + filed.reference();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(scope, me, organisation, null, form, answers, PageText.errors(e, messages, locale), model, locale);
		}
	}

	private String show(Scope scope, ThusongUser me, String organisation, String q, CallForm form,
			Map<String, List<String>> answers, Map<String, String> errors, Model model, Locale locale) {
		Optional<OrganisationSummary> municipality = municipality(me, organisation);
		model.addAttribute("municipality", municipality.orElse(null));
		model.addAttribute("municipalities", municipality.isPresent() ? List.of() : choices.municipalitiesWithin(scope));
		model.addAttribute("q", q == null ? "" : q);
		if (q != null && !q.isBlank()) {
			RequestFilter filter = new RequestFilter(null, null, null, null, null, q.trim(), null, null, false,
					RequestFilter.Sort.NEWEST_FIRST);
			PageOf<RequestSummary> found = queue.page(scope, filter, PageRequestOf.of(0, 50, 50));
			model.addAttribute("found", pages.rows(found.items(), scope, municipality, locale));
		}
		model.addAttribute("form", form);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("groups", municipality.map(m -> choices.services(m.code())).orElse(Map.of()));
		model.addAttribute("wards", municipality.map(choices::wards).orElse(List.of()));
		model.addAttribute("kinds", org.thusong.requests.RequestKind.values());
		model.addAttribute("channels", List.of(Channel.PHONE, Channel.WALK_IN, Channel.SMS, Channel.EMAIL));
		return "requests/console";
	}

	private Optional<OrganisationSummary> municipality(ThusongUser me, String organisation) {
		if (organisation != null && !organisation.isBlank()) {
			OrganisationSummary chosen = choices.municipality(organisation.trim());
			if (!me.scope().covers(chosen.jurisdictionPath())) {
				throw new NotFound("No municipality has the code '" + organisation + "'");
			}
			return Optional.of(chosen);
		}
		return choices.municipalityOf(me.organisationCode());
	}

	@GetMapping("/requests/my-area")
	@PreAuthorize("hasRole('COMMUNITY_REPRESENTATIVE')")
	String myArea(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) Integer page,
			Model model, Locale locale) {
		Optional<OrganisationSummary> municipality = choices.municipalityOf(me.organisationCode());
		PageOf<RequestSummary> results = queue.page(scope, new RequestFilter(null, null, null, null, null, null, null, null,
				false, RequestFilter.Sort.NEWEST_FIRST), PageRequestOf.of(page, 50, 50));
		model.addAttribute("municipality", municipality.orElse(null));
		model.addAttribute("results", results);
		model.addAttribute("rows", pages.rows(results.items(), scope, municipality, locale));
		return "requests/my-area";
	}
}
