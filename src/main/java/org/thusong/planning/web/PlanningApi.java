package org.thusong.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.core.Attachment;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.planning.Actual;
import org.thusong.planning.AlignmentChecks;
import org.thusong.planning.ImportResult;
import org.thusong.planning.KpiPerformance;
import org.thusong.planning.PerformanceCycle;
import org.thusong.planning.PerformanceDashboard;
import org.thusong.planning.PerformanceReports;
import org.thusong.planning.Plans;
import org.thusong.planning.ReportKind;
import org.thusong.planning.RiskRegister;
import org.thusong.planning.Sdbip;
import org.thusong.planning.SdbipImports;
import org.thusong.planning.Sdbips;
import org.thusong.planning.WorkflowStepRefused;

/**
 * Planning and performance in JSON: plans and outcomes, SDBIPs with each KPI's targets, actuals
 * and statuses per quarter and for the year, the workbook import (dry run and real) and export,
 * the capture and each workflow step of an actual, quarter closing, reports, the dashboard,
 * alignment checks and the risk register.
 */
@RestController
@RequestMapping("/api/v1/planning")
class PlanningApi {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Plans plans;

	private final Sdbips sdbips;

	private final SdbipImports imports;

	private final PerformanceCycle cycle;

	private final PerformanceReports reports;

	private final PerformanceDashboard dashboard;

	private final AlignmentChecks alignment;

	private final RiskRegister risks;

	private final Organisations organisations;

	private final MessageSource messages;

	PlanningApi(Plans plans, Sdbips sdbips, SdbipImports imports, PerformanceCycle cycle, PerformanceReports reports,
			PerformanceDashboard dashboard, AlignmentChecks alignment, RiskRegister risks, Organisations organisations,
			MessageSource messages) {
		this.plans = plans;
		this.sdbips = sdbips;
		this.imports = imports;
		this.cycle = cycle;
		this.reports = reports;
		this.dashboard = dashboard;
		this.alignment = alignment;
		this.risks = risks;
		this.organisations = organisations;
		this.messages = messages;
	}

	record NewPlan(String organisation, String kind, String title, Integer firstYear, Integer lastYear) {
	}

	record NewItem(Long parentId, String code, String title, String outcomeCode) {
	}

	record ItemChange(String code, String title, String outcomeCode) {
	}

	record Move(Long parentId) {
	}

	record NewOutcome(String code, String title, String sphere, String areaPath) {
	}

	record PlanTree(Plans.Plan plan, List<Plans.Item> items) {
	}

	record SdbipDetail(Sdbip sdbip, List<PerformanceCycle.QuarterWindow> quarters, List<Sdbip> versions) {
	}

	record ActualView(long id, long kpiId, int quarter, BigDecimal value, String state, String comment, String varianceReason,
			String correctiveMeasure, String returnedReason, String capturedBy, String reviewedBy, String verifiedBy,
			String approvedBy, List<PerformanceCycle.HistoryStep> history, List<PerformanceCycle.Evidence> evidence) {
	}

	record Reason(String reason) {
	}

	record Reopening(String until, String reason) {
	}

	record Closing(String closesOn) {
	}

	record ReportRequest(String organisation, String kind, Integer year, Integer quarter, String format) {
	}

	record Review(Integer residualLikelihood, Integer residualImpact) {
	}

	record Vote(String vote, String description, BigDecimal amount) {
	}

	// Plans and outcomes

	@GetMapping("/plans")
	List<Plans.Plan> plans(Scope scope) {
		return plans.list(scope);
	}

	@GetMapping("/plans/{id}")
	PlanTree plan(@PathVariable long id, Scope scope) {
		return new PlanTree(plans.get(id, scope), plans.tree(id));
	}

	@PostMapping("/plans")
	ResponseEntity<Plans.Plan> createPlan(@RequestBody NewPlan body, @AuthenticationPrincipal ThusongUser me) {
		requirePms(me);
		OrganisationSummary organisation = organisation(body.organisation(), me);
		Plans.Kind kind = PlanningPages.parse(Plans.Kind.class, body.kind(), "kind");
		Plans.Plan plan = plans.create(organisation, kind, body.title(), required(body.firstYear(), "firstYear"),
				required(body.lastYear(), "lastYear"), false);
		return ResponseEntity.status(HttpStatus.CREATED).body(plan);
	}

	@PostMapping("/plans/{id}/items")
	ResponseEntity<PlanTree> addItem(@PathVariable long id, @RequestBody NewItem body, @AuthenticationPrincipal ThusongUser me) {
		requirePms(me);
		plans.addItem(id, body.parentId(), body.code(), body.title(), body.outcomeCode(), me.scope());
		return ResponseEntity.status(HttpStatus.CREATED).body(plan(id, me.scope()));
	}

	@GetMapping("/plans/{id}/items/{itemId}")
	Plans.ItemDetail item(@PathVariable long id, @PathVariable long itemId, Scope scope) {
		return plans.item(id, itemId, scope);
	}

	/** Corrects an item's code, title and outcome; every field is replaced (no outcome: none). */
	@PutMapping("/plans/{id}/items/{itemId}")
	Plans.ItemDetail editItem(@PathVariable long id, @PathVariable long itemId, @RequestBody ItemChange body,
			@AuthenticationPrincipal ThusongUser me) {
		requirePms(me);
		return plans.editItem(id, itemId, body.code(), body.title(), body.outcomeCode(), me.scope());
	}

	/** Files an objective under another goal, an activity under another objective, of the same plan. */
	@PostMapping("/plans/{id}/items/{itemId}/move")
	Plans.ItemDetail moveItem(@PathVariable long id, @PathVariable long itemId, @RequestBody Move body,
			@AuthenticationPrincipal ThusongUser me) {
		requirePms(me);
		return plans.moveItem(id, itemId, body.parentId(), me.scope());
	}

	@GetMapping("/outcomes")
	List<Plans.Outcome> outcomes() {
		return plans.outcomes();
	}

	@PostMapping("/outcomes")
	ResponseEntity<Plans.Outcome> addOutcome(@RequestBody NewOutcome body, @AuthenticationPrincipal ThusongUser me) {
		if (!me.has(Role.ADMIN) && !me.has(Role.COORDINATOR)) {
			throw new WorkflowStepRefused("role", "only an administrator or a coordinator may add an outcome");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(plans.addOutcome(body.code(), body.title(), body.sphere(), body.areaPath()));
	}

	// SDBIPs and KPIs

	@GetMapping("/sdbips")
	PageOf<Sdbip> sdbips(Scope scope, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) boolean allVersions, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return sdbips.page(scope, blank(organisation), allVersions, PageRequestOf.of(page, size, 50));
	}

	@GetMapping("/sdbips/{id}")
	SdbipDetail sdbip(@PathVariable long id, Scope scope) {
		Sdbip sdbip = sdbips.get(id, scope);
		return new SdbipDetail(sdbip, cycle.quarters(sdbip), sdbips.versions(sdbip.organisationCode(), sdbip.year().startYear()));
	}

	@GetMapping("/sdbips/{id}/kpis")
	List<KpiPerformance> kpis(@PathVariable long id, Scope scope) {
		return sdbips.performance(sdbips.get(id, scope));
	}

	@GetMapping("/kpis/{id}")
	KpiPerformance kpi(@PathVariable long id, Scope scope) {
		return sdbips.performance(sdbips.kpi(id, scope));
	}

	@GetMapping("/sdbip-template")
	ResponseEntity<byte[]> template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.template(out);
		return Attachment.of(out.toByteArray(), "sdbip-template.xlsx", XLSX);
	}

	/**
	 * Imports an SDBIP workbook: with {@code dryRun=true} only checks it; otherwise creates the
	 * SDBIP if the workbook is clean. Answers the rows read and every error as row, column and
	 * message, the message in the request's language (English unless {@code ?lang=tr} or the
	 * language cookie says otherwise); 422 when a real import found errors (nothing is imported).
	 */
	@PostMapping(path = "/sdbips/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ImportResult> importSdbip(@RequestParam String organisation, @RequestParam Integer year,
			@RequestParam(required = false) boolean dryRun, @RequestParam(required = false) MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String revisionReason,
			@RequestParam(required = false) String approvedBy, @RequestParam(required = false) String approvedOn,
			@AuthenticationPrincipal ThusongUser me, Locale locale) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "choose the SDBIP workbook (.xlsx)");
		}
		Sdbips.Revision revision = PlanningPages.revision(revisionReason, approvedBy, approvedOn);
		try (InputStream in = file.getInputStream()) {
			ImportResult result = imports.run(organisation, year, in, dryRun, revision, title, me, locale);
			return ResponseEntity.status(!dryRun && !result.clean() ? HttpStatus.UNPROCESSABLE_ENTITY
					: result.imported() ? HttpStatus.CREATED : HttpStatus.OK).body(result);
		}
	}

	@GetMapping("/sdbips/{id}/export")
	ResponseEntity<byte[]> export(@PathVariable long id, Scope scope, Locale locale) throws IOException {
		Sdbip sdbip = sdbips.get(id, scope);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.export(sdbip, key -> messages.getMessage(key, null, key, locale), out);
		return Attachment.of(out.toByteArray(), sdbip.organisationCode() + "-sdbip-" + sdbip.year().label().replace('/', '-') + "-v" + sdbip.version() + ".xlsx",
				XLSX);
	}

	@PostMapping("/sdbips/{id}/budget-votes")
	ResponseEntity<List<AlignmentChecks.Problem>> addVote(@PathVariable long id, @RequestBody Vote body,
			@AuthenticationPrincipal ThusongUser me) {
		requirePms(me);
		sdbips.addBudgetVote(id, body.vote(), body.description(), body.amount(), me.scope());
		return ResponseEntity.status(HttpStatus.CREATED).body(alignment.problems(sdbips.get(id, me.scope())));
	}

	@GetMapping("/sdbips/{id}/alignment")
	List<AlignmentChecks.Problem> alignment(@PathVariable long id, Scope scope) {
		return alignment.problems(sdbips.get(id, scope));
	}

	@PutMapping("/sdbips/{id}/quarters/{quarter}/closing-date")
	List<PerformanceCycle.QuarterWindow> closingDate(@PathVariable long id, @PathVariable int quarter, @RequestBody Closing body,
			@AuthenticationPrincipal ThusongUser me) {
		cycle.setClosingDate(id, quarter, PlanningPages.date(body.closesOn(), "closesOn"), me);
		return cycle.quarters(sdbips.get(id, me.scope()));
	}

	@PostMapping("/sdbips/{id}/quarters/{quarter}/reopen")
	List<PerformanceCycle.QuarterWindow> reopenQuarter(@PathVariable long id, @PathVariable int quarter,
			@RequestBody Reopening body, @AuthenticationPrincipal ThusongUser me) {
		cycle.reopenQuarter(id, quarter, PlanningPages.date(body.until(), "until"), body.reason(), me);
		return cycle.quarters(sdbips.get(id, me.scope()));
	}

	// Actuals

	@PutMapping("/kpis/{id}/actuals/{quarter}")
	ActualView capture(@PathVariable long id, @PathVariable int quarter, @RequestBody PerformanceCycle.Capture body,
			@AuthenticationPrincipal ThusongUser me) {
		return view(cycle.capture(id, quarter, body, me));
	}

	@GetMapping("/actuals/{id}")
	ActualView actual(@PathVariable long id, @AuthenticationPrincipal ThusongUser me) {
		return view(cycle.actual(id, me));
	}

	@PostMapping("/actuals/{id}/submit")
	ActualView submit(@PathVariable long id, @AuthenticationPrincipal ThusongUser me) {
		return view(cycle.submit(id, me));
	}

	@PostMapping("/actuals/{id}/review")
	ActualView review(@PathVariable long id, @AuthenticationPrincipal ThusongUser me) {
		return view(cycle.review(id, me));
	}

	@PostMapping("/actuals/{id}/verify")
	ActualView verify(@PathVariable long id, @AuthenticationPrincipal ThusongUser me) {
		return view(cycle.verify(id, me));
	}

	@PostMapping("/actuals/{id}/approve")
	ActualView approve(@PathVariable long id, @AuthenticationPrincipal ThusongUser me) {
		return view(cycle.approve(id, me));
	}

	@PostMapping("/actuals/{id}/return")
	ActualView returnIt(@PathVariable long id, @RequestBody(required = false) Reason body, @AuthenticationPrincipal ThusongUser me) {
		return view(cycle.returnWithReason(id, body == null ? null : body.reason(), me));
	}

	@PostMapping("/actuals/{id}/reopen")
	ActualView reopen(@PathVariable long id, @RequestBody(required = false) Reason body, @AuthenticationPrincipal ThusongUser me) {
		return view(cycle.reopen(id, body == null ? null : body.reason(), me));
	}

	@PostMapping(path = "/actuals/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<ActualView> evidence(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			@AuthenticationPrincipal ThusongUser me) {
		cycle.attachEvidence(id, file, me);
		return ResponseEntity.status(HttpStatus.CREATED).body(view(cycle.actual(id, me)));
	}

	// Reports

	@PostMapping("/reports")
	ResponseEntity<PerformanceReports.Job> report(@RequestBody ReportRequest body, @AuthenticationPrincipal ThusongUser me) {
		PerformanceReports.Job job = reports.request(body.organisation(), PlanningPages.parse(ReportKind.class, body.kind(), "kind"),
				required(body.year(), "year"), body.quarter(), PlanningPages.parse(PerformanceReports.Format.class, body.format(), "format"),
				me.scope(), me.getUsername());
		return ResponseEntity.accepted().header(HttpHeaders.LOCATION, "/api/v1/planning/reports/" + job.id()).body(job);
	}

	@GetMapping("/reports/{id}")
	PerformanceReports.Job reportJob(@PathVariable UUID id, Scope scope) {
		return reports.job(id, scope).orElseThrow(() -> new NotFound("No report " + id));
	}

	@GetMapping("/reports/{id}/file")
	ResponseEntity<byte[]> reportFile(@PathVariable UUID id, Scope scope) {
		PerformanceReports.File f = reports.file(id, scope);
		return Attachment.of(f.content(), f.filename(), f.mediaType());
	}

	// Dashboard and risks

	@GetMapping("/dashboard")
	PerformanceDashboard.Figures dashboard(Scope scope, @RequestParam(required = false) String organisation,
			@RequestParam Integer year) {
		return dashboard.figures(scope, blank(organisation), year);
	}

	@GetMapping("/organisations/{code}/risks")
	List<RiskRegister.Risk> risks(@PathVariable String code, Scope scope) {
		return risks.list(code, scope);
	}

	@PostMapping("/organisations/{code}/risks")
	ResponseEntity<RiskRegister.Risk> addRisk(@PathVariable String code, @RequestBody RiskRegister.Draft body,
			@AuthenticationPrincipal ThusongUser me) {
		long id = risks.add(organisation(code, me), body, false, me);
		return ResponseEntity.status(HttpStatus.CREATED).body(risks.get(id, me.scope()));
	}

	@PostMapping("/risks/{id}/review")
	RiskRegister.Risk reviewRisk(@PathVariable long id, @RequestBody Review body, @AuthenticationPrincipal ThusongUser me) {
		risks.review(id, body.residualLikelihood(), body.residualImpact(), me);
		return risks.get(id, me.scope());
	}

	private ActualView view(Actual a) {
		return new ActualView(a.id(), a.kpiId(), a.quarter(), a.value(), a.state().name(), a.comment(), a.varianceReason(),
				a.correctiveMeasure(), a.returnedReason(), a.capturedBy(), a.reviewedBy(), a.verifiedBy(), a.approvedBy(),
				cycle.history(a.id()), cycle.evidence(a.id()));
	}

	private OrganisationSummary organisation(String code, ThusongUser me) {
		if (code == null || code.isBlank()) {
			throw new InvalidInput("organisation", "is required");
		}
		return organisations.findByCode(code, me.scope()).orElseThrow(() -> new NotFound("No organisation " + code));
	}

	private static void requirePms(ThusongUser me) {
		if (!me.has(Role.PMS_OFFICER) && !me.has(Role.ADMIN)) {
			throw new WorkflowStepRefused("role", "only the PMS unit (pms officer) or an administrator may change plans and SDBIPs");
		}
	}

	private static <T> T required(T value, String field) {
		if (value == null) {
			throw new InvalidInput(field, "is required");
		}
		return value;
	}

	static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
