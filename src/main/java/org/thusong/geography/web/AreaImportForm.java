package org.thusong.geography.web;

import java.io.IOException;

import org.springframework.web.multipart.MultipartFile;
import org.thusong.geography.internal.AreaImports;

/**
 * The fields of an area hierarchy import, as the page's form and the API send them; kept as
 * typed when the form is shown again with an error.
 */
record AreaImportForm(String format, String code, String country, String name, String year, String current) {

	static AreaImportForm empty() {
		return new AreaImportForm("za-mdb", "", "ZA", "", "", null);
	}

	public boolean makeCurrent() {
		return "true".equalsIgnoreCase(current) || "on".equalsIgnoreCase(current);
	}

	AreaImports.Request request(MultipartFile file, String startedBy) throws IOException {
		return new AreaImports.Request(file == null ? null : file.getOriginalFilename(), Imports.content(file, "a CSV file"), format,
				code, country, name, year, current, startedBy);
	}
}
