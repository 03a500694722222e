package org.thusong.backlogs.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.backlogs.BasicService;
import org.thusong.backlogs.Programmes;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;

/** Priority programmes: the list, a new programme, and a programme's dashboard comparing its areas. */
@Controller
class ProgrammePages {

	private final Programmes programmes;

	ProgrammePages(Programmes programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/backlogs/programmes")
	String list(Scope scope, Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("programmes", programmes.list(scope));
		model.addAttribute("canCreate", request.isUserInRole("COORDINATOR") || request.isUserInRole("ADMIN"));
		return "backlogs/programmes";
	}

	@PostMapping("/backlogs/programmes")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	String create(Scope scope, @RequestParam(required = false) String name, @RequestParam(required = false) String description,
			@RequestParam(required = false) String areas, Authentication authentication, Model model,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
		try {
			long id = programmes.create(scope, name, description, codes(areas), false, authentication.getName());
			return "redirect:/backlogs/programmes/" + id;
		}
		catch (InvalidInput | Conflict e) {
			response.setStatus(e instanceof Conflict ? 409 : 400);
			model.addAttribute("error", e.getMessage());
			model.addAttribute("name", name);
			model.addAttribute("description", description);
			model.addAttribute("areas", areas);
			return list(scope, model, request);
		}
	}

	@GetMapping("/backlogs/programmes/{id}")
	String dashboard(Scope scope, @PathVariable long id, @RequestParam(required = false) String service, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		BasicService chosen = service == null || service.isBlank() ? BasicService.SANITATION : BasicService.parse("service", service);
		model.addAttribute("programme", programmes.find(scope, id));
		model.addAttribute("rows", programmes.dashboard(scope, id));
		model.addAttribute("service", chosen);
		model.addAttribute("services", List.of(BasicService.WATER, BasicService.SANITATION, BasicService.REFUSE, BasicService.ELECTRICITY));
		model.addAttribute("canEdit", request.isUserInRole("COORDINATOR") || request.isUserInRole("ADMIN"));
		return "backlogs/programme";
	}

	@PostMapping("/backlogs/programmes/{id}")
	@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
	String change(Scope scope, @PathVariable long id, @RequestParam(required = false) String add,
			@RequestParam(required = false) String remove, Authentication authentication) {
		programmes.change(scope, id, codes(add), codes(remove), authentication.getName());
		return "redirect:/backlogs/programmes/" + id;
	}

	static List<String> codes(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\s]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
