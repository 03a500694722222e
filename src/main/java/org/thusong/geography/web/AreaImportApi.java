package org.thusong.geography.web;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.geography.internal.AreaImportJob;
import org.thusong.geography.internal.AreaImports;

/**
 * A new demarcation for the platform administrator: upload a whole area hierarchy as CSV (file,
 * format, code, country, name, year, current); the answer (202) points at the job, which reports
 * progress and then the areas per level, or every bad line and why.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AreaImportApi {

	private final AreaImports imports;

	AreaImportApi(AreaImports imports) {
		this.imports = imports;
	}

	@PostMapping(path = "/api/v1/demarcations", consumes = "multipart/form-data")
	ResponseEntity<AreaImportJob> start(Scope scope, @RequestParam(required = false) MultipartFile file, AreaImportForm form,
			Authentication who) throws IOException {
		Imports.requirePlatformAdmin(scope);
		long id = imports.start(form.request(file, who.getName())).id();
		return ResponseEntity.accepted().location(URI.create("/api/v1/area-imports/" + id)).body(job(scope, id));
	}

	@GetMapping("/api/v1/area-imports/{id}")
	AreaImportJob job(Scope scope, @PathVariable long id) {
		Imports.requirePlatformAdmin(scope);
		return imports.job(id).orElseThrow(() -> new NotFound("No area import has the id " + id));
	}
}
