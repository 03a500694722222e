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
import org.thusong.core.InvalidInput;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.internal.AreaDirectory;
import org.thusong.geography.internal.BoundaryImportJob;
import org.thusong.geography.internal.BoundaryImports;

/** The administrator's boundary import: a form, then the job's page polling its progress with htmx. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class BoundaryImportPages {

	private final BoundaryImports imports;

	private final AreaDirectory directory;

	BoundaryImportPages(BoundaryImports imports, AreaDirectory directory) {
		this.imports = imports;
		this.directory = directory;
	}

	/** Boundaries are shared by every organisation: only the platform administrator replaces them. */
	@org.springframework.web.bind.annotation.ModelAttribute
	void onlyThePlatformAdministrator(org.thusong.core.Scope scope) {
		Imports.requirePlatformAdmin(scope);
	}

	/** The form's fields, kept when it is shown again with an error. */
	record ImportForm(String demarcation, String level, String property, String join, String parentProperty) {
	}

	@GetMapping("/areas/boundaries/import")
	String form(Model model) {
		return form(model, new ImportForm("", "", "", "code", ""), null, null);
	}

	private String form(Model model, ImportForm form, String errorField, String error) {
		Imports.formAttributes(model, form, imports.recent(10), errorField, error);
		model.addAttribute("demarcations", directory.demarcations());
		model.addAttribute("levels", AreaLevel.values());
		return "geography/import";
	}

	@PostMapping("/areas/boundaries/import")
	String start(@RequestParam(required = false) MultipartFile file, ImportForm form, Authentication who, Model model,
			HttpServletResponse response) throws IOException {
		try {
			byte[] content = Imports.content(file, "a GeoJSON or TopoJSON file");
			long id = imports.start(new BoundaryImports.Request(file.getOriginalFilename(), content, form.demarcation(),
					form.level(), form.property(), form.join(), form.parentProperty(), who.getName())).id();
			return "redirect:/areas/boundaries/imports/" + id;
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return form(model, form, e.field(), e.getMessage());
		}
	}

	@GetMapping("/areas/boundaries/imports/{id}")
	String job(@PathVariable long id, Model model) {
		model.addAttribute("job", find(id));
		return "geography/import-job";
	}

	@GetMapping("/areas/boundaries/imports/{id}/progress")
	String progress(@PathVariable long id, Model model) {
		model.addAttribute("job", find(id));
		return "geography/import-job :: progress";
	}

	private BoundaryImportJob find(long id) {
		return imports.job(id).orElseThrow(() -> new org.thusong.core.NotFound("No boundary import has the id " + id));
	}
}
