package org.thusong.requests.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.Scope;
import org.thusong.requests.RequestDashboard;

/** The municipality dashboard's figures for API clients, as the page shows them. */
@RestController
class DashboardApi {

	private final RequestDashboard dashboard;

	DashboardApi(RequestDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@GetMapping("/api/v1/requests/dashboard")
	@PreAuthorize(RequestPages.READERS)
	RequestDashboard.Figures figures(Scope scope, @RequestParam String organisation) {
		return dashboard.figures(scope, organisation.trim());
	}
}
