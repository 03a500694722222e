package org.thusong.backlogs.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.backlogs.Backlogs;
import org.thusong.backlogs.NormClass;
import org.thusong.backlogs.internal.BacklogAdministration;

/** The norm mapping: everyone reads how answers are classed; an admin changes a class. */
@Controller
class MappingPages {

	private final Backlogs backlogs;

	private final BacklogAdministration administration;

	MappingPages(Backlogs backlogs, BacklogAdministration administration) {
		this.backlogs = backlogs;
		this.administration = administration;
	}

	@GetMapping("/backlogs/mapping")
	String mapping(org.thusong.core.Scope scope, Model model, jakarta.servlet.http.HttpServletRequest request) {
		java.util.Map<org.thusong.backlogs.BasicService, java.util.List<org.thusong.backlogs.AnswerClass>> byService = new java.util.LinkedHashMap<>();
		backlogs.mapping().forEach(m -> byService.computeIfAbsent(m.service(), s -> new java.util.ArrayList<>()).add(m));
		model.addAttribute("byService", byService);
		model.addAttribute("classes", NormClass.values());
		model.addAttribute("canEdit", request.isUserInRole("ADMIN") && scope.unrestricted());
		return "backlogs/mapping";
	}

	@PostMapping("/backlogs/mapping")
	@PreAuthorize("hasRole('ADMIN')")
	String change(org.thusong.core.Scope scope, @RequestParam String service, @RequestParam String answer, @RequestParam String normClass,
			Authentication authentication) {
		ImportPages.platformWide(scope);
		administration.reclass(service, answer, normClass, authentication.getName());
		return "redirect:/backlogs/mapping?changed";
	}
}
