package org.thusong.geography.web;

import java.io.IOException;

import org.springframework.security.access.AccessDeniedException;
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

	/** The uploaded file's bytes, or a 400 naming the field {@code file}. */
	static byte[] content(MultipartFile file, String expected) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "choose " + expected + "; the upload is empty");
		}
		return file.getBytes();
	}
}
