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
import org.thusong.core.Conflict;
import org.thusong.core.FormErrors;
import org.thusong.core.InvalidInput;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.identity.internal.AdminRoleRefused;
import org.thusong.identity.internal.OutsideScope;
import org.thusong.identity.internal.UserDirectory;
import org.thusong.identity.internal.UserDirectory.NewUser;
import org.thusong.identity.internal.UserDirectory.UserChanges;
import org.thusong.identity.internal.UserDirectory.UserView;
import org.thusong.identity.web.UserForms.NewUserForm;
import org.thusong.identity.web.UserForms.UserEditForm;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * The users pages: a list limited to the reader's scope, and for administrators the forms that
 * create and change users, enable or disable them and lift a lock.
 */
@Controller
class UserPages {

	private final UserDirectory users;

	private final Organisations organisations;

	private final MessageSource messages;

	UserPages(UserDirectory users, Organisations organisations, MessageSource messages) {
		this.users = users;
		this.organisations = organisations;
		this.messages = messages;
	}

	@GetMapping("/users")
	String list(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String role, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
		Role wanted = UserForms.roles(role == null ? List.of() : List.of(role)).stream().findFirst().orElse(null);
		PageOf<UserView> found = users.page(me, q, wanted, organisation, pageRequest(page, size));
		model.addAttribute("page", found);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", wanted);
		model.addAttribute("organisation", organisation == null ? "" : organisation);
		model.addAttribute("roles", Role.values());
		return "identity/users";
	}

	/** The users of one organisation, as a fragment the organisation page loads. */
	@GetMapping("/organisations/{code}/users")
	@PreAuthorize("hasRole('ADMIN')")
	String ofOrganisation(@AuthenticationPrincipal ThusongUser me, @PathVariable String code, Model model) {
		model.addAttribute("page", users.page(me, null, null, code, new PageRequestOf(0, 100)));
		model.addAttribute("organisation", code);
		return "identity/users :: table";
	}

	@GetMapping("/users/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newForm(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation, Model model) {
		return createForm(me, model, NewUserForm.empty(organisation), Map.of());
	}

	@PostMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	String create(@AuthenticationPrincipal ThusongUser me, @Valid @ModelAttribute("form") NewUserForm form,
			BindingResult result, Locale locale, Model model) {
		FormErrors errors = new FormErrors(result, messages, locale);
		if (!errors.any()) {
			try {
				UserView created = users.create(new NewUser(form.username(), form.fullName(), form.email(), form.password(),
						UserForms.roles(form.roles()), form.organisationCode()), me);
				return "redirect:/users/" + created.username() + "?created";
			}
			catch (RuntimeException e) {
				if (!explain(e, errors)) {
					throw e;
				}
			}
		}
		return createForm(me, model, form, errors.asMap());
	}

	@GetMapping("/users/{username}")
	@PreAuthorize("hasRole('ADMIN')")
	String edit(@AuthenticationPrincipal ThusongUser me, @PathVariable String username, Model model) {
		UserView user = visible(me, username);
		return editForm(me, model, user, new UserEditForm(user.fullName(), user.email() == null ? "" : user.email(),
				user.roles().stream().map(Role::name).toList(), user.organisationCode() == null ? "" : user.organisationCode()),
				Map.of());
	}

	@PostMapping("/users/{username}")
	@PreAuthorize("hasRole('ADMIN')")
	String change(@AuthenticationPrincipal ThusongUser me, @PathVariable String username,
			@Valid @ModelAttribute("form") UserEditForm form, BindingResult result, Locale locale, Model model) {
		UserView user = visible(me, username);
		FormErrors errors = new FormErrors(result, messages, locale);
		if (!errors.any()) {
			try {
				users.change(user.username(), new UserChanges(form.fullName(), form.email(), UserForms.roles(form.roles()),
						form.organisationCode()), me);
				return "redirect:/users/" + user.username() + "?saved";
			}
			catch (RuntimeException e) {
				if (!explain(e, errors)) {
					throw e;
				}
			}
		}
		return editForm(me, model, user, form, errors.asMap());
	}

	@PostMapping("/users/{username}/enable")
	@PreAuthorize("hasRole('ADMIN')")
	String enable(@AuthenticationPrincipal ThusongUser me, @PathVariable String username) {
		visible(me, username);
		users.enable(username, true, me);
		return "redirect:/users/" + username + "?enabled";
	}

	@PostMapping("/users/{username}/disable")
	@PreAuthorize("hasRole('ADMIN')")
	String disable(@AuthenticationPrincipal ThusongUser me, @PathVariable String username) {
		visible(me, username);
		try {
			users.enable(username, false, me);
		}
		catch (Conflict e) {
			return "redirect:/users/" + username + "?notYourself";
		}
		return "redirect:/users/" + username + "?disabled";
	}

	@PostMapping("/users/{username}/unlock")
	@PreAuthorize("hasRole('ADMIN')")
	String unlock(@AuthenticationPrincipal ThusongUser me, @PathVariable String username) {
		visible(me, username);
		users.unlock(username, me);
		return "redirect:/users/" + username + "?unlocked";
	}

	/** Turns what the directory refused into a message next to the field; false if it is no such thing. */
	static boolean explain(RuntimeException e, FormErrors errors) {
		if (e instanceof Conflict conflict) {
			errors.add(conflict.field() == null ? "global" : conflict.field(),
					"email".equals(conflict.field()) ? "identity.error.duplicateEmail" : "identity.error.duplicateUsername");
			return true;
		}
		if (e instanceof InvalidInput invalid) {
			String field = invalid.field();
			errors.add(field, switch (field) {
				case "username", "fullName", "email", "roles", "organisationCode", "name" -> "identity.error." + field;
				case "password" -> invalid.getMessage().contains("username") ? "identity.error.passwordIsUsername" : "identity.error.password";
				default -> "identity.error.invalid";
			});
			return true;
		}
		if (e instanceof OutsideScope) {
			errors.add("organisationCode", "identity.error.outsideScope");
			return true;
		}
		if (e instanceof AdminRoleRefused) {
			errors.add("roles", "identity.error.adminOnly");
			return true;
		}
		return false;
	}

	private String createForm(ThusongUser me, Model model, NewUserForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		addChoices(me, model);
		return "identity/user-new";
	}

	private String editForm(ThusongUser me, Model model, UserView user, UserEditForm form, Map<String, String> errors) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		addChoices(me, model);
		return "identity/user-edit";
	}

	private void addChoices(ThusongUser me, Model model) {
		model.addAttribute("roles", Role.values());
		List<OrganisationSummary> choices = organisations.page(me.scope(), null, null, new PageRequestOf(0, 500)).items();
		model.addAttribute("organisationChoices", choices);
		model.addAttribute("platformAdmin", me.has(Role.ADMIN) && me.organisationCode() == null && me.scope().unrestricted());
	}

	private UserView visible(ThusongUser me, String username) {
		return users.find(username, me)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No user '" + username + "'"));
	}

	private static PageRequestOf pageRequest(Integer page, Integer size) {
		try {
			return PageRequestOf.of(page, size, 25);
		}
		catch (InvalidInput e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
	}
}
