package org.thusong.identity.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.thusong.core.FormErrors;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageRequestOf;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.identity.internal.ApiKeys;
import org.thusong.identity.web.UserForms.ApiKeyForm;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/** Administrators' page of API keys: the list, a form that shows a new key once, and revoking. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyPages {

	private final ApiKeys keys;

	private final Organisations organisations;

	private final MessageSource messages;

	ApiKeyPages(ApiKeys keys, Organisations organisations, MessageSource messages) {
		this.keys = keys;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/api-keys")
	String list(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) Integer page, Model model) {
		return page(me, model, page, ApiKeyForm.empty(), Map.of(), null);
	}

	@PostMapping("/api-keys")
	String issue(@AuthenticationPrincipal ThusongUser me, @Valid @ModelAttribute("form") ApiKeyForm form,
			BindingResult result, Locale locale, Model model) {
		FormErrors errors = new FormErrors(result, messages, locale);
		if (!errors.any()) {
			try {
				ApiKeys.IssuedKey issued = keys.issue(form.name(), UserForms.roles(form.roles()), form.organisationCode(), me);
				return page(me, model, 0, ApiKeyForm.empty(), Map.of(), issued);
			}
			catch (RuntimeException e) {
				if (!UserPages.explain(e, errors)) {
					throw e;
				}
			}
		}
		return page(me, model, 0, form, errors.asMap(), null);
	}

	@PostMapping("/api-keys/{id}/revoke")
	String revoke(@AuthenticationPrincipal ThusongUser me, @PathVariable long id) {
		try {
			keys.revoke(id, me);
		}
		catch (NotFound e) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
		}
		return "redirect:/api-keys?revoked";
	}

	private String page(ThusongUser me, Model model, Integer page, ApiKeyForm form, Map<String, String> errors,
			ApiKeys.IssuedKey issued) {
		PageRequestOf request;
		try {
			request = PageRequestOf.of(page, 25, 25);
		}
		catch (InvalidInput e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
		model.addAttribute("page", keys.page(me, request));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("issued", issued);
		model.addAttribute("roles", Role.values());
		List<OrganisationSummary> choices = organisations.page(me.scope(), null, null, new PageRequestOf(0, 500)).items();
		model.addAttribute("organisationChoices", choices);
		return "identity/api-keys";
	}
}
