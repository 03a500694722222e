package org.thusong.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links to other pages of the list a page shows: the same address with the same filters, only
 * {@code page} changed. Every list's pager ({@code fragments/pager}) uses it, so no controller
 * rebuilds its own query string.
 */
public final class PageLinks {

	private final String path;

	private final Map<String, String[]> parameters;

	PageLinks(HttpServletRequest request) {
		this.path = request.getRequestURI();
		this.parameters = Map.copyOf(request.getParameterMap());
	}

	/** The address of page {@code page} (counting from 0), with the request's other parameters. */
	public String to(int page) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		// Pagers sit on GET pages, so the parameters are the filters of the query string.
		parameters.entrySet().stream()
			.filter(p -> !p.getKey().equals("page"))
			.sorted(Map.Entry.comparingByKey())
			.forEach(p -> link.queryParam(p.getKey(), (Object[]) p.getValue()));
		return link.queryParam("page", page).encode().build().toUriString();
	}
}
