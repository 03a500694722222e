package org.thusong.documents.web;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.documents.DocumentId;
import org.thusong.documents.DocumentSummary;
import org.thusong.documents.DocumentTooLarge;
import org.thusong.documents.DocumentType;
import org.thusong.documents.Documents;
import org.thusong.documents.UnsupportedDocumentType;
import org.thusong.identity.ThusongUser;

/**
 * The documents page: the documents in the user's scope, searchable by name, an upload form, and
 * downloads. A refused upload shows the page again with the reason and the matching status (413,
 * 415, 400).
 */
@Controller
class DocumentPages {

	private static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Documents documents;

	private final UploaderArea uploaderArea;

	private final MessageSource messages;

	DocumentPages(Documents documents, UploaderArea uploaderArea, MessageSource messages) {
		this.documents = documents;
		this.uploaderArea = uploaderArea;
		this.messages = messages;
	}

	/** One document as listed: its metadata, its size and upload time as people read them. */
	record Row(DocumentSummary document, String size, String uploadedAt) {
	}

	@GetMapping("/documents")
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String page, Scope scope,
			@AuthenticationPrincipal ThusongUser me, Model model) {
		PageOf<Row> rows = documents.list(scope, q, new PageRequestOf(pageNumber(page), PAGE_SIZE))
			.map(d -> new Row(d, DocumentTooLarge.readable(d.size()), TIME.format(d.uploadedAt().atZone(scope.timeZone()))));
		model.addAttribute("q", q == null ? "" : q.strip());
		model.addAttribute("page", rows);
		model.addAttribute("owner", uploaderArea.defaultFor(me));
		model.addAttribute("namesArea", me != null && me.organisationCode() == null);
		model.addAttribute("maxSize", DocumentTooLarge.readable(documents.maxSize().toBytes()));
		model.addAttribute("maxBytes", documents.maxSize().toBytes());
		model.addAttribute("allowedTypes", DocumentType.allowedList());
		model.addAttribute("accept", acceptAttribute());
		return "documents/list";
	}

	@PostMapping("/documents")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String label, @RequestParam(required = false) String area, Scope scope,
			@AuthenticationPrincipal ThusongUser me, Model model, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) {
		String problem;
		int status;
		try {
			UploaderArea.Owner owner = uploaderArea.resolve(me, area);
			DocumentSummary stored = documents.store(null, file, owner.areaPath(), owner.organisationCode(), label);
			// Flash attributes travel in the session, which lives in PostgreSQL: plain strings only.
			redirect.addFlashAttribute("uploadedName", stored.filename());
			redirect.addFlashAttribute("uploadedSha256", stored.sha256());
			return "redirect:/documents";
		}
		catch (DocumentTooLarge e) {
			problem = UploadMessages.tooLarge(messages, e, locale);
			status = HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE;
		}
		catch (UnsupportedDocumentType e) {
			problem = UploadMessages.unsupported(messages, locale);
			status = HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE;
		}
		catch (InvalidInput e) {
			problem = messages.getMessage("documents.error." + e.field(), null, e.getMessage(), locale);
			status = HttpServletResponse.SC_BAD_REQUEST;
		}
		catch (Conflict e) {
			problem = messages.getMessage("documents.error.organisation", null, e.getMessage(), locale);
			status = HttpServletResponse.SC_CONFLICT;
		}
		response.setStatus(status);
		model.addAttribute("uploadError", problem);
		model.addAttribute("label", label);
		model.addAttribute("area", area);
		return list(null, null, scope, me, model);
	}

	@GetMapping("/documents/{id}")
	ResponseEntity<Resource> download(@PathVariable String id, Scope scope) {
		DocumentId documentId = DocumentId.parse(id).orElseThrow(() -> new NotFound("No document " + id));
		return Downloads.of(documents.open(documentId, scope));
	}

	/** Out of scope looks exactly like missing: the error page with 404. */
	@ExceptionHandler(NotFound.class)
	ModelAndView notFound(Locale locale) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(org.springframework.http.HttpStatus.NOT_FOUND);
		page.addObject("status", 404);
		page.addObject("error", "Not Found");
		page.addObject("message", messages.getMessage("documents.notFound", null, locale));
		return page;
	}

	private static int pageNumber(String page) {
		try {
			return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
		}
		catch (NumberFormatException e) {
			// A mangled page number in a shared link is not worth an error: show the first page.
			return 0;
		}
	}

	private static String acceptAttribute() {
		StringBuilder accept = new StringBuilder(".jpeg");
		for (DocumentType type : DocumentType.values()) {
			accept.append(",.").append(type.extension());
		}
		return accept.toString();
	}
}
