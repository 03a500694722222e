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
import org.springframework.web.bind.annotation.PathVariable;
import org.thusong.backlogs.internal.BacklogAdministration;
import org.thusong.backlogs.internal.BacklogImportJobs;
import org.thusong.core.NotFound;
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

	private final BacklogImportJobs jobs;

	ImportPages(BacklogAdministration administration, BacklogImportJobs jobs) {
		this.administration = administration;
		this.jobs = jobs;
	}

	@GetMapping("/backlogs/import")
	String form(Model model) {
		model.addAttribute("jobs", jobs.recent());
		return "backlogs/import";
	}

	@GetMapping("/backlogs/imports/{id}")
	String job(@PathVariable long id, Model model) {
		model.addAttribute("job", jobs.find(id).orElseThrow(() -> new NotFound("No backlog import " + id)));
		return "backlogs/import-job";
	}

	@GetMapping("/backlogs/imports/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", jobs.find(id).orElseThrow(() -> new NotFound("No backlog import " + id)));
		return "backlogs/import-job :: progress";
	}

	/** The figures and the mapping serve every area: only an administrator of the whole platform changes them. */
	static void platformWide(org.thusong.core.Scope scope) {
		if (!scope.unrestricted()) {
			throw new org.springframework.security.access.AccessDeniedException(
					"Census figures and the norm mapping serve every area: only a platform administrator changes them");
		}
	}

	@PostMapping("/backlogs/import")
	String upload(org.thusong.core.Scope scope, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			Authentication authentication, Model model, HttpServletResponse response) throws IOException {
		platformWide(scope);
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("problems", java.util.List.of(new ServiceAccessRejected.Problem(0, "file", "choose a CSV file")));
			model.addAttribute("problemCount", 1);
			model.addAttribute("jobs", jobs.recent());
			return "backlogs/import";
		}
		try {
			// Every row is checked now, so that problems come back at once by line; the load itself runs in the background.
			BacklogAdministration.Outcome checked = administration.importFile(file.getBytes(), file.getOriginalFilename(), true,
					authentication.getName());
			if (!dryRun) {
				return "redirect:/backlogs/imports/" + jobs.start(file.getBytes(), file.getOriginalFilename(), checked.rows(), authentication.getName());
			}
			model.addAttribute("outcome", checked);
		}
		catch (ServiceAccessRejected e) {
			response.setStatus(422);
			model.addAttribute("problems", e.problems());
			model.addAttribute("problemCount", e.problemCount());
		}
		model.addAttribute("fileName", file.getOriginalFilename());
		model.addAttribute("jobs", jobs.recent());
		return "backlogs/import";
	}
}
