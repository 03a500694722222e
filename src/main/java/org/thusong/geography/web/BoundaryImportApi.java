package org.thusong.geography.web;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.NotFound;
import org.thusong.geography.internal.BoundaryImportJob;
import org.thusong.geography.internal.BoundaryImports;

/**
 * Boundary imports for the platform administrator: upload a GeoJSON or TopoJSON file naming the
 * demarcation, level, property and join; the answer (202) points at the job, which reports
 * progress and, when finished, the features that found no area.
 */
@RestController
@RequestMapping("/api/v1/boundary-imports")
@PreAuthorize("hasRole('ADMIN')")
class BoundaryImportApi {

	private final BoundaryImports imports;

	BoundaryImportApi(BoundaryImports imports) {
		this.imports = imports;
	}

	/** Boundaries are shared by every organisation: only the platform administrator replaces them. */
	@org.springframework.web.bind.annotation.ModelAttribute
	void onlyThePlatformAdministrator(org.thusong.core.Scope scope) {
		Imports.requirePlatformAdmin(scope);
	}

	@PostMapping(consumes = "multipart/form-data")
	ResponseEntity<BoundaryImportJob> start(@RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String demarcation, @RequestParam(required = false) String level,
			@RequestParam(required = false) String property, @RequestParam(required = false) String join,
			@RequestParam(required = false) String parentProperty, Authentication who) throws IOException {
		byte[] content = Imports.content(file, "a GeoJSON or TopoJSON file");
		long id = imports.start(new BoundaryImports.Request(file.getOriginalFilename(), content, demarcation, level,
				property, join, parentProperty, who.getName())).id();
		return ResponseEntity.accepted().location(URI.create("/api/v1/boundary-imports/" + id)).body(job(id));
	}

	@GetMapping("/{id}")
	BoundaryImportJob job(@PathVariable long id) {
		return imports.job(id).orElseThrow(() -> new NotFound("No boundary import has the id " + id));
	}
}
