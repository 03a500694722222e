package org.thusong.backlogs.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.backlogs.internal.BacklogAdministration;
import org.thusong.backlogs.internal.ServiceAccessRejected;

/**
 * An admin loads new ward figures (a later survey or a municipal update) from a file with the
 * census file's columns: a dry run says what would be loaded or every problem by line; a real
 * load writes all or nothing.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportPages {

	private final BacklogAdministration administration;

	ImportPages(BacklogAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/backlogs/import")
	String form() {
		return "backlogs/import";
	}

	@PostMapping("/backlogs/import")
	String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			Authentication authentication, Model model, HttpServletResponse response) throws IOException {
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", java.util.List.of(new ServiceAccessRejected.Problem(0, "file", "choose a CSV file")));
			model.addAttribute("problemCount", 1);
			return "backlogs/import";
		}
		try {
			model.addAttribute("outcome", administration.importFile(file.getBytes(), file.getOriginalFilename(), dryRun, authentication.getName()));
		}
		catch (ServiceAccessRejected e) {
			response.setStatus(422);
			model.addAttribute("problems", e.problems());
			model.addAttribute("problemCount", e.problemCount());
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		return "backlogs/import";
	}
}
