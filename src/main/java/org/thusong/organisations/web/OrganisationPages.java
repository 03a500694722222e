package org.thusong.organisations.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;
import org.thusong.core.Conflict;
import org.thusong.core.FormErrors;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.organisations.Organisation;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationManagement;
import org.thusong.organisations.OrganisationManagement.Changes;
import org.thusong.organisations.OrganisationManagement.Registration;
import org.thusong.organisations.Organisations;

/**
 * The organisations pages: a list limited to the reader's scope, one page per organisation, and
 * forms with which administrators register and change organisations within their scope.
 */
@Controller
class OrganisationPages {

	private final Organisations organisations;

	private final OrganisationManagement management;

	private final MessageSource messages;

	OrganisationPages(Organisations organisations, OrganisationManagement management, MessageSource messages) {
		this.organisations = organisations;
		this.management = management;
		this.messages = messages;
	}

	@GetMapping("/organisations")
	String list(Scope scope, @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			HttpServletRequest request, Model model) {
		OrganisationKind wanted;
		PageRequestOf pageRequest;
		try {
			wanted = OrganisationKind.parse(kind);
			pageRequest = PageRequestOf.of(page, size, 25);
		}
		catch (InvalidInput e) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
		}
		model.addAttribute("page", organisations.page(scope, wanted, q, pageRequest));
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("kind", wanted);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("admin", request.isUserInRole("ADMIN"));
		return "organisations/list";
	}

	@GetMapping("/organisations/{code}")
	String show(Scope scope, @PathVariable String code, HttpServletRequest request, Model model) {
		Organisation organisation = management.find(code, scope).orElseThrow(() -> notFound(code));
		model.addAttribute("organisation", organisation);
		model.addAttribute("admin", request.isUserInRole("ADMIN"));
		return "organisations/show";
	}

	@GetMapping("/organisations/new")
	@PreAuthorize("hasRole('ADMIN')")
	String newForm(Model model) {
		return form(model, OrganisationForm.empty(), Map.of());
	}

	@PostMapping("/organisations")
	@PreAuthorize("hasRole('ADMIN')")
	String create(Scope scope, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Locale locale,
			Model model) {
		FormErrors errors = new FormErrors(result, messages, locale);
		OrganisationKind kind = parsedKind(form.kind(), errors);
		if (!errors.any()) {
			try {
				Organisation created = management.register(new Registration(form.code(), form.name(), kind,
						form.jurisdictionAreaCode(), List.of(), false), scope);
				return "redirect:/organisations/" + created.code() + "?created";
			}
			catch (Conflict e) {
				errors.add("code", "organisations.error.duplicateCode", form.code());
			}
			catch (InvalidInput e) {
				reject(errors, e);
			}
			catch (AccessDeniedException e) {
				errors.add("jurisdictionAreaCode", "organisations.error.outsideScope");
			}
		}
		return form(model, form, errors.asMap());
	}

	@GetMapping("/organisations/{code}/edit")
	@PreAuthorize("hasRole('ADMIN')")
	String editForm(Scope scope, @PathVariable String code, Model model) {
		Organisation organisation = management.find(code, scope).orElseThrow(() -> notFound(code));
		return edit(model, organisation, new OrganisationChangeForm(organisation.name(), organisation.kind().name(),
				organisation.jurisdictionAreaCode()), Map.of(), Map.of());
	}

	@PostMapping("/organisations/{code}")
	@PreAuthorize("hasRole('ADMIN')")
	String change(Scope scope, @PathVariable String code, @Valid @ModelAttribute("form") OrganisationChangeForm form,
			BindingResult result, Locale locale, Model model) {
		Organisation organisation = management.find(code, scope).orElseThrow(() -> notFound(code));
		FormErrors errors = new FormErrors(result, messages, locale);
		OrganisationKind kind = parsedKind(form.kind(), errors);
		if (!errors.any()) {
			try {
				management.change(code, new Changes(form.name(), kind, form.jurisdictionAreaCode()), scope);
				return "redirect:/organisations/" + organisation.code() + "?saved";
			}
			catch (InvalidInput e) {
				reject(errors, e);
			}
			catch (AccessDeniedException e) {
				errors.add("jurisdictionAreaCode", "organisations.error.outsideScope");
			}
			catch (Conflict e) {
				errors.add("global", "organisations.error.changedMeanwhile");
			}
		}
		return edit(model, organisation, form, errors.asMap(), Map.of());
	}

	@PostMapping("/organisations/{code}/departments")
	@PreAuthorize("hasRole('ADMIN')")
	String addDepartment(Scope scope, @PathVariable String code, @Valid @ModelAttribute("department") DepartmentForm form,
			BindingResult result, Locale locale, Model model) {
		Organisation organisation = management.find(code, scope).orElseThrow(() -> notFound(code));
		FormErrors errors = new FormErrors(result, messages, locale);
		if (!errors.any()) {
			try {
				management.addDepartment(code, form.code(), form.name(), scope);
				return "redirect:/organisations/" + organisation.code() + "/edit?departmentAdded";
			}
			catch (Conflict e) {
				errors.add("code", "organisations.error.duplicateDepartment", form.code());
			}
			catch (InvalidInput e) {
				errors.add(e.field().equals("departmentCode") ? "code" : "name",
						e.field().equals("departmentCode") ? "organisations.error.departmentCode" : "organisations.error.departmentName");
			}
		}
		model.addAttribute("department", form);
		return edit(model, organisation, new OrganisationChangeForm(organisation.name(), organisation.kind().name(),
				organisation.jurisdictionAreaCode()), Map.of(), errors.asMap());
	}

	@PostMapping("/organisations/{code}/departments/{department}")
	@PreAuthorize("hasRole('ADMIN')")
	String renameDepartment(Scope scope, @PathVariable String code, @PathVariable String department,
			@RequestParam(required = false) String name) {
		Organisation organisation = management.find(code, scope).orElseThrow(() -> notFound(code));
		try {
			management.renameDepartment(code, department, name, scope);
		}
		catch (InvalidInput e) {
			return "redirect:/organisations/" + organisation.code() + "/edit?departmentNameRequired";
		}
		catch (NotFound e) {
			throw notFound(department);
		}
		return "redirect:/organisations/" + organisation.code() + "/edit?departmentRenamed";
	}

	@PostMapping("/organisations/{code}/departments/{department}/remove")
	@PreAuthorize("hasRole('ADMIN')")
	String removeDepartment(Scope scope, @PathVariable String code, @PathVariable String department) {
		Organisation organisation = management.find(code, scope).orElseThrow(() -> notFound(code));
		try {
			management.removeDepartment(code, department, scope);
		}
		catch (NotFound e) {
			throw notFound(department);
		}
		return "redirect:/organisations/" + organisation.code() + "/edit?departmentRemoved";
	}

	private String form(Model model, OrganisationForm form, Map<String, String> errors) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("kinds", OrganisationKind.values());
		return "organisations/new";
	}

	private String edit(Model model, Organisation organisation, OrganisationChangeForm form, Map<String, String> errors,
			Map<String, String> departmentErrors) {
		model.addAttribute("organisation", organisation);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("departmentErrors", departmentErrors);
		if (!model.containsAttribute("department")) {
			model.addAttribute("department", new DepartmentForm("", ""));
		}
		model.addAttribute("kinds", OrganisationKind.values());
		return "organisations/edit";
	}

	private static OrganisationKind parsedKind(String kind, FormErrors errors) {
		if (kind == null || kind.isBlank()) {
			return null;
		}
		try {
			return OrganisationKind.parse(kind);
		}
		catch (InvalidInput e) {
			errors.add("kind", "organisations.error.kind");
			return null;
		}
	}

	private static void reject(FormErrors errors, InvalidInput e) {
		switch (e.field()) {
			case "jurisdictionAreaCode" -> errors.add("jurisdictionAreaCode", "organisations.error.unknownArea");
			case "code" -> errors.add("code", "organisations.error.code");
			case "kind" -> errors.add("kind", "organisations.error.kind");
			default -> errors.add("name", "organisations.error.name");
		}
	}

	private static ResponseStatusException notFound(String code) {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "No organisation '" + code + "'");
	}
}
