package org.thusong.projects.web;


import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.backlogs.BasicService;
import org.thusong.backlogs.Programme;
import org.thusong.backlogs.Programmes;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.projects.BacklogOutlooks;
import org.thusong.projects.Funding;
import org.thusong.projects.FundingSource;
import org.thusong.projects.Project;
import org.thusong.projects.ProjectHealth;
import org.thusong.projects.ProjectRegister;
import org.thusong.projects.Projects;
import org.thusong.projects.Stage;

/**
 * The project pages: the list with traffic lights (filter by municipality, programme, service,
 * stage, needing attention), registering, a project with its health, funding, expenditure and
 * progress (and the forms that change them), and the backlog outlook.
 */
@Controller
class ProjectPages {

	private final Projects projects;

	private final ProjectRegister register;

	private final Programmes programmes;

	private final BacklogOutlooks outlooks;

	private final Clock clock;

	ProjectPages(Projects projects, ProjectRegister register, Programmes programmes, BacklogOutlooks outlooks, Optional<Clock> clock) {
		this.projects = projects;
		this.register = register;
		this.programmes = programmes;
		this.outlooks = outlooks;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@ModelAttribute("services")
	BasicService[] services() {
		return BasicService.values();
	}

	@ModelAttribute("stages")
	Stage[] stages() {
		return Stage.values();
	}

	@ModelAttribute("sources")
	FundingSource[] sources() {
		return FundingSource.values();
	}

	@GetMapping("/projects")
	String list(Scope scope, @RequestParam(required = false) String municipality, @RequestParam(required = false) Long programme,
			@RequestParam(required = false) String service, @RequestParam(required = false) String stage,
			@RequestParam(defaultValue = "false") boolean attention, @RequestParam(required = false) Integer page, Model model) {
		List<String> within = null;
		if (programme != null) {
			Programme p = programmes.find(scope, programme);
			within = p.areaPaths();
			model.addAttribute("programme", p);
		}
		Projects.Filter filter = new Projects.Filter(municipality, service == null || service.isBlank() ? null : BasicService.parse("service", service),
				stage == null || stage.isBlank() ? null : Stage.parse("stage", stage), within, attention);
		model.addAttribute("page", projects.page(scope, filter, PageRequestOf.of(page, 50, 50), LocalDate.now(clock)));
		model.addAttribute("attentionByMunicipality", projects.attention(scope, filter, LocalDate.now(clock)));
		model.addAttribute("municipality", municipality == null ? "" : municipality);
		model.addAttribute("service", service == null ? "" : service);
		model.addAttribute("stage", stage == null ? "" : stage);
		model.addAttribute("attention", attention);
		model.addAttribute("programmes", programmes.list(scope));
		model.addAttribute("programmeId", programme);
		return "projects/list";
	}

	@GetMapping("/projects/new")
	String form(@RequestParam(required = false) String wards, @RequestParam(required = false) String service,
			org.springframework.security.core.Authentication authentication, Model model) {
		String owner = authentication.getPrincipal() instanceof ThusongUser user ? user.organisationCode() : "";
		model.addAttribute("form", ProjectForm.empty(owner, wards, service == null ? "sanitation" : service));
		return "projects/form";
	}

	@PostMapping("/projects")
	String create(Scope scope, @ModelAttribute("form") ProjectForm form, Authentication authentication, Model model, HttpServletResponse response) {
		try {
			long id = register.register(scope, form.toNewProject(), authentication.getName());
			return "redirect:/projects/" + id + "?registered";
		}
		catch (InvalidInput | Conflict e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errorField", e instanceof InvalidInput i ? i.field() : ((Conflict) e).field());
			return "projects/form";
		}
	}

	@GetMapping("/projects/{id}")
	String show(Scope scope, @PathVariable long id, Model model) {
		Project project = projects.find(scope, id);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("project", project);
		model.addAttribute("health", ProjectHealth.of(project, today, projects.stalledDays()));
		model.addAttribute("stalledDays", projects.stalledDays());
		model.addAttribute("thisMonth", YearMonth.now(clock).toString());
		model.addAttribute("thisYear", today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1);
		return "projects/show";
	}

	@GetMapping("/projects/{id}/edit")
	String edit(Scope scope, @PathVariable long id, Model model) {
		Project project = projects.find(scope, id);
		model.addAttribute("project", project);
		model.addAttribute("form", ProjectForm.of(project));
		return "projects/form";
	}

	@PostMapping("/projects/{id}/edit")
	String amend(Scope scope, @PathVariable long id, @ModelAttribute("form") ProjectForm form, Authentication authentication, Model model,
			HttpServletResponse response) {
		try {
			register.amend(scope, id, form.toNewProject(), authentication.getName());
			return "redirect:/projects/" + id + "?saved";
		}
		catch (InvalidInput | Conflict e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("project", projects.find(scope, id));
			model.addAttribute("error", e.getMessage());
			return "projects/form";
		}
	}

	@PostMapping("/projects/{id}/progress")
	String progress(Scope scope, @PathVariable long id, @RequestParam(required = false) String stage, @RequestParam(required = false) String progress,
			@RequestParam(required = false) String note, @RequestParam(required = false) String reason, Authentication authentication, Model model,
			HttpServletResponse response) {
		return act(scope, id, model, response, () -> register.reportProgress(scope, id, stage, ProjectForm.integer("progress", progress, null), note,
				reason, authentication.getName()));
	}

	@PostMapping("/projects/{id}/expenditure")
	String expenditure(Scope scope, @PathVariable long id, @RequestParam(required = false) String month,
			@RequestParam(required = false) String amount, @RequestParam(required = false) String reason, Authentication authentication,
			Model model, HttpServletResponse response) {
		return act(scope, id, model, response, () -> register.recordExpenditure(scope, id, month(month), ProjectForm.amount("amount", amount),
				reason, authentication.getName()));
	}

	@PostMapping("/projects/{id}/funding")
	String funding(Scope scope, @PathVariable long id, @RequestParam(required = false) String source,
			@RequestParam(required = false) String financialYear, @RequestParam(required = false) String amount, Authentication authentication,
			Model model, HttpServletResponse response) {
		return act(scope, id, model, response, () -> register.setFunding(scope, id, new Funding(FundingSource.parse("source", source),
				ProjectForm.integer("financialYear", financialYear, null), ProjectForm.amount("amount", amount)), authentication.getName()));
	}

	@GetMapping("/projects/outlook")
	String outlook(Scope scope, @RequestParam(required = false) String area, @RequestParam(required = false) String service, Model model) {
		BasicService chosen = service == null || service.isBlank() ? BasicService.SANITATION : BasicService.parse("service", service);
		String code = area == null || area.isBlank() ? rootCode(scope) : area.trim();
		model.addAttribute("area", outlooks.area(scope, code));
		model.addAttribute("service", chosen);
		model.addAttribute("outlook", outlooks.outlook(scope, code, chosen));
		return "projects/outlook";
	}

	private String act(Scope scope, long id, Model model, HttpServletResponse response, Runnable action) {
		try {
			action.run();
			return "redirect:/projects/" + id + "?saved";
		}
		catch (InvalidInput | Conflict e) {
			response.setStatus(e instanceof Conflict ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("error", e.getMessage());
			return show(scope, id, model);
		}
	}

	static YearMonth month(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("month", "is required (YYYY-MM)");
		}
		try {
			return YearMonth.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput("month", "must be a month such as 2026-07, not '" + text + "'");
		}
	}

	static String rootCode(Scope scope) {
		String root = scope.unrestricted() || scope.roots().isEmpty() ? "ZA" : scope.roots().iterator().next();
		return root.substring(root.lastIndexOf('/') + 1);
	}

}
