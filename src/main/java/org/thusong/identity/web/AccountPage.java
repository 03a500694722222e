package org.thusong.identity.web;

import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.thusong.core.FormErrors;
import org.thusong.core.InvalidInput;
import org.thusong.identity.ThusongUser;
import org.thusong.identity.internal.UserDirectory;
import org.thusong.identity.web.UserForms.PasswordForm;
import org.thusong.organisations.Organisations;

/** The signed-in person's own account: who they are, their scope, and changing their password. */
@Controller
class AccountPage {

	private final UserDirectory users;

	private final Organisations organisations;

	private final MessageSource messages;

	AccountPage(UserDirectory users, Organisations organisations, MessageSource messages) {
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal ThusongUser me, Model model) {
		return page(me, model, Map.of());
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal ThusongUser me, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Locale locale, Model model) {
		FormErrors errors = new FormErrors(result, messages, locale);
		if (!errors.any() && !form.newPassword().equals(form.confirmPassword())) {
			errors.add("confirmPassword", "identity.error.passwordsDiffer");
		}
		if (!errors.any()) {
			try {
				users.changePassword(me, form.currentPassword(), form.newPassword());
				return "redirect:/account?passwordChanged";
			}
			catch (BadCredentialsException e) {
				errors.add("currentPassword", "identity.error.currentPasswordWrong");
			}
			catch (InvalidInput e) {
				errors.add("newPassword", e.getMessage().contains("username") ? "identity.error.passwordIsUsername"
						: "identity.error.password");
			}
		}
		return page(me, model, errors.asMap());
	}

	private String page(ThusongUser me, Model model, Map<String, String> errors) {
		model.addAttribute("organisation", organisations.findByCode(me.organisationCode()).orElse(null));
		model.addAttribute("errors", errors);
		return "identity/account";
	}
}
