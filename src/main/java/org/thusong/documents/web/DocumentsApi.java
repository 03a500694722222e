package org.thusong.documents.web;

import java.net.URI;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.documents.DocumentId;
import org.thusong.documents.Documents;
import org.thusong.identity.ThusongUser;

/**
 * Documents as JSON: upload ({@code multipart/form-data} with {@code file}, optional
 * {@code label} and {@code area}), list in scope, download.
 */
@RestController
@RequestMapping("/api/v1/documents")
class DocumentsApi {

	private final Documents documents;

	private final UploaderArea uploaderArea;

	DocumentsApi(Documents documents, UploaderArea uploaderArea) {
		this.documents = documents;
		this.uploaderArea = uploaderArea;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DocumentJson> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) String label, @RequestParam(required = false) String area,
			@AuthenticationPrincipal ThusongUser me) {
		UploaderArea.Owner owner = uploaderArea.resolve(me, area);
		DocumentJson stored = DocumentJson.of(
				documents.store(null, file, owner.areaPath(), owner.organisationCode(), label));
		return ResponseEntity.created(URI.create(stored.download())).body(stored);
	}

	@GetMapping
	PageOf<DocumentJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Scope scope) {
		return documents.list(scope, q, PageRequestOf.of(page, size, 50)).map(DocumentJson::of);
	}

	@GetMapping("/{id}")
	ResponseEntity<Resource> download(@PathVariable String id, Scope scope) {
		DocumentId documentId = DocumentId.parse(id).orElseThrow(() -> new NotFound("No document " + id));
		return Downloads.of(documents.open(documentId, scope));
	}
}
