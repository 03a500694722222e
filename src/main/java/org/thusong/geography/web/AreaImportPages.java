package org.thusong.geography.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.geography.internal.AreaFileFormat;
import org.thusong.geography.internal.AreaImportJob;
import org.thusong.geography.internal.AreaImports;

/**
 * The platform administrator's import of a whole area hierarchy: a form, then the job's page
 * polling its progress with htmx, ending with the areas per level or the problems by line.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AreaImportPages {

	private final AreaImports imports;

	AreaImportPages(AreaImports imports) {
		this.imports = imports;
	}

	@GetMapping("/areas/import")
	String form(Scope scope, Model model) {
		Imports.requirePlatformAdmin(scope);
		return form(model, AreaImportForm.empty(), null, null);
	}

	private String form(Model model, AreaImportForm form, String errorField, String error) {
		Imports.formAttributes(model, form, imports.recent(10), errorField, error);
		model.addAttribute("formats", AreaFileFormat.values());
		return "geography/area-import";
	}

	@PostMapping("/areas/import")
	String start(Scope scope, @RequestParam(required = false) MultipartFile file, AreaImportForm form, Authentication who,
			Model model, HttpServletResponse response) throws IOException {
		Imports.requirePlatformAdmin(scope);
		try {
			return "redirect:/areas/imports/" + imports.start(form.request(file, who.getName())).id();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form, e.field(), e.getMessage());
		}
		catch (Conflict e) {
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			return form(model, form, e.field(), e.getMessage());
		}
	}

	@GetMapping("/areas/imports/{id}")
	String job(Scope scope, @PathVariable long id, Model model) {
		model.addAttribute("job", find(scope, id));
		model.addAttribute("maxProblems", AreaImports.MAX_PROBLEMS_LISTED);
		return "geography/area-import-job";
	}

	@GetMapping("/areas/imports/{id}/progress")
	String progress(Scope scope, @PathVariable long id, Model model) {
		job(scope, id, model);
		return "geography/area-import-job :: progress";
	}

	private AreaImportJob find(Scope scope, long id) {
		Imports.requirePlatformAdmin(scope);
		return imports.job(id).orElseThrow(() -> new NotFound("No area import has the id " + id));
	}
}
