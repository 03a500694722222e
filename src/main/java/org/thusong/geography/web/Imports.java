package org.thusong.geography.web;

import java.io.IOException;
import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;

/** What the import pages and APIs share: who may import, and an upload that holds something. */
final class Imports {

	private Imports() {
	}

	/** A 403 unless the caller's scope is the whole platform (with the ADMIN role, checked on the class). */
	static void requirePlatformAdmin(Scope scope) {
		if (!scope.unrestricted()) {
			throw new AccessDeniedException("Only the platform administrator imports areas");
		}
	}

	/** The attributes every import form shows: what was typed, the recent jobs, and the error naming a field. */
	static void formAttributes(Model model, Object form, List<?> recent, String errorField, String error) {
		model.addAttribute("form", form);
		model.addAttribute("recent", recent);
		model.addAttribute("errorField", errorField);
		model.addAttribute("error", error);
	}

	/** The uploaded file's bytes, or a 400 naming the field {@code file}. */
	static byte[] content(MultipartFile file, String expected) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "choose " + expected + "; the upload is empty");
		}
		return file.getBytes();
	}
}
