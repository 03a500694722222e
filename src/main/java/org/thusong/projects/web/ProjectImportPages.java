package org.thusong.projects.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.Scope;
import org.thusong.projects.internal.ProjectImport;

/** Import of a project list from CSV or XLSX: a dry run that checks every line, or a load of all or nothing. */
@Controller
class ProjectImportPages {

	private final ProjectImport imports;

	ProjectImportPages(ProjectImport imports) {
		this.imports = imports;
	}

	@GetMapping("/projects/import")
	String form(Model model) {
		model.addAttribute("columns", String.join(",", ProjectImport.COLUMNS));
		return "projects/import";
	}

	@PostMapping("/projects/import")
	String upload(Scope scope, @RequestParam(required = false) MultipartFile file, @RequestParam(defaultValue = "false") boolean dryRun,
			Authentication authentication, Model model, HttpServletResponse response) throws IOException {
		model.addAttribute("columns", String.join(",", ProjectImport.COLUMNS));
		if (file == null || file.isEmpty()) {
			response.setStatus(400);
			model.addAttribute("problems", List.of("file: choose a CSV or XLSX file"));
			return "projects/import";
		}
		ProjectImport.Result result = imports.run(scope, file.getBytes(), file.getOriginalFilename(), dryRun, authentication.getName());
		model.addAttribute("result", result);
		model.addAttribute("fileName", file.getOriginalFilename());
		if (!result.problems().isEmpty()) {
			response.setStatus(422);
			model.addAttribute("problems", result.problems());
		}
		return "projects/import";
	}
}
