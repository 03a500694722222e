package org.thusong.requests.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.RequestDashboard;

/**
 * A municipality's dashboard for its staff and for coordinators above it: volumes per month,
 * the backlog now, on-time figures, the busiest services and the wards waiting longest. Each
 * chart is drawn by {@code dashboard.js} from the table beside it, so the table is the source.
 */
@Controller
class DashboardPages {

	private final RequestDashboard dashboard;

	private final FilingChoices choices;

	DashboardPages(RequestDashboard dashboard, FilingChoices choices) {
		this.dashboard = dashboard;
		this.choices = choices;
	}

	@GetMapping("/requests/dashboard")
	@PreAuthorize(RequestPages.READERS)
	String page(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			Model model, Locale locale) {
		List<OrganisationSummary> municipalities = dashboard.municipalities(scope);
		OrganisationSummary municipality = chosen(scope, me, organisation, municipalities);
		RequestDashboard.Figures figures = dashboard.figures(scope, municipality.code());
		Map<String, String> names = choices.serviceList(municipality.code())
			.stream()
			.collect(Collectors.toMap(CatalogueService::code, s -> s.name(locale), (a, b) -> a));
		model.addAttribute("municipality", municipality);
		model.addAttribute("municipalities", municipalities);
		model.addAttribute("figures", figures);
		model.addAttribute("serviceNames", names);
		model.addAttribute("countedAt", figures.countedAt() == null ? null
				: java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", locale)
					.format(figures.countedAt().atZone(Scope.of(municipality.jurisdictionPath()).timeZone())));
		return "requests/dashboard";
	}

	@GetMapping(path = "/requests/dashboard/data", produces = "application/json")
	@PreAuthorize(RequestPages.READERS)
	@ResponseBody
	RequestDashboard.Figures data(Scope scope, @AuthenticationPrincipal ThusongUser me,
			@RequestParam(required = false) String organisation) {
		OrganisationSummary municipality = chosen(scope, me, organisation, dashboard.municipalities(scope));
		return dashboard.figures(scope, municipality.code());
	}

	private OrganisationSummary chosen(Scope scope, ThusongUser me, String organisation,
			List<OrganisationSummary> municipalities) {
		if (organisation != null && !organisation.isBlank()) {
			OrganisationSummary chosen = choices.municipality(organisation.trim());
			if (!scope.covers(chosen.jurisdictionPath())) {
				throw new NotFound("No municipality has the code '" + organisation + "'");
			}
			return chosen;
		}
		Optional<OrganisationSummary> own = choices.municipalityOf(me.organisationCode())
			.filter(m -> scope.covers(m.jurisdictionPath()))
			.filter(m -> municipalities.stream().map(OrganisationSummary::code).anyMatch(m.code()::equals));
		return own.or(() -> municipalities.stream().findFirst())
			.orElseThrow(() -> new NotFound("No municipality is within your scope"));
	}
}
