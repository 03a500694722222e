package org.thusong.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.Organisations;

/**
 * The first page after sign-in: the user's organisation and scope, and only the sections that
 * exist for their roles.
 */
@Controller
class HomePage {

	private final Organisations organisations;

	HomePage(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal ThusongUser me, Model model) {
		model.addAttribute("organisation", organisations.findByCode(me.organisationCode()).orElse(null));
		return "identity/home";
	}
}
