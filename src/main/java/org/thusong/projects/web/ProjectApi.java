package org.thusong.projects.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.backlogs.BasicService;
import org.thusong.core.InvalidInput;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.projects.BacklogOutlooks;
import org.thusong.projects.InvestmentPlan;
import org.thusong.projects.InvestmentPlanner;
import org.thusong.projects.NewProject;
import org.thusong.projects.Outlook;
import org.thusong.projects.Project;
import org.thusong.projects.ProjectHealth;
import org.thusong.projects.ProjectRegister;
import org.thusong.projects.Projects;
import org.thusong.projects.Stage;

/** Projects, their health, the backlog outlook and the investment plan in JSON. */
@RestController
@RequestMapping("/api/v1")
class ProjectApi {

	private final Projects projects;

	private final ProjectRegister register;

	private final BacklogOutlooks outlooks;

	private final InvestmentPlanner planner;

	private final Clock clock;

	ProjectApi(Projects projects, ProjectRegister register, BacklogOutlooks outlooks, InvestmentPlanner planner, Optional<Clock> clock) {
		this.projects = projects;
		this.register = register;
		this.outlooks = outlooks;
		this.planner = planner;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	record WithHealth(Project project, ProjectHealth health) {
	}

	record ProgressReport(String stage, Integer progress, String note, String reason) {
	}

	record Spending(String month, BigDecimal amount, String reason) {
	}

	@GetMapping("/projects")
	PageOf<Projects.Listed> list(Scope scope, @RequestParam(required = false) String municipality, @RequestParam(required = false) String service,
			@RequestParam(required = false) String stage, @RequestParam(defaultValue = "false") boolean attention,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return projects.page(scope, new Projects.Filter(municipality, service == null ? null : BasicService.parse("service", service),
				stage == null ? null : Stage.parse("stage", stage), null, attention), PageRequestOf.of(page, size, 50), LocalDate.now(clock));
	}

	@GetMapping("/projects/{id}")
	WithHealth one(Scope scope, @PathVariable long id) {
		Project project = projects.find(scope, id);
		return new WithHealth(project, ProjectHealth.of(project, LocalDate.now(clock), projects.stalledDays()));
	}

	@PostMapping("/projects")
	ResponseEntity<WithHealth> create(Scope scope, @RequestBody(required = false) NewProject body, Authentication authentication) {
		if (body == null) {
			throw new InvalidInput("body", "a project in JSON is required");
		}
		long id = register.register(scope, body, authentication.getName());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id)).body(one(scope, id));
	}

	@org.springframework.web.bind.annotation.PutMapping("/projects/{id}")
	WithHealth amend(Scope scope, @PathVariable long id, @RequestBody(required = false) NewProject body, Authentication authentication) {
		if (body == null) {
			throw new InvalidInput("body", "a project in JSON is required");
		}
		register.amend(scope, id, body, authentication.getName());
		return one(scope, id);
	}

	@PostMapping("/projects/{id}/progress")
	WithHealth progress(Scope scope, @PathVariable long id, @RequestBody ProgressReport body, Authentication authentication) {
		register.reportProgress(scope, id, body.stage(), body.progress(), body.note(), body.reason(), authentication.getName());
		return one(scope, id);
	}

	@PostMapping("/projects/{id}/expenditure")
	WithHealth spend(Scope scope, @PathVariable long id, @RequestBody Spending body, Authentication authentication) {
		register.recordExpenditure(scope, id, ProjectPages.month(body.month()), body.amount(), body.reason(), authentication.getName());
		return one(scope, id);
	}

	@GetMapping("/projects/outlook")
	Outlook outlook(Scope scope, @RequestParam String area, @RequestParam(defaultValue = "sanitation") String service) {
		return outlooks.outlook(scope, area, BasicService.parse("service", service));
	}

	@GetMapping("/projects/plan")
	InvestmentPlan plan(Scope scope, @RequestParam(required = false) BigDecimal budget, @RequestParam(required = false) String service) {
		return planner.plan(scope, budget, service == null ? null : BasicService.parse("service", service));
	}

}
