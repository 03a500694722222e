package org.thusong.planning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.core.Attachment;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.documents.DocumentTooLarge;
import org.thusong.documents.UnsupportedDocumentType;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.planning.ActualState;
import org.thusong.planning.AlignmentChecks;
import org.thusong.planning.CalculationType;
import org.thusong.planning.FinancialYear;
import org.thusong.planning.ImportResult;
import org.thusong.planning.Kpi;
import org.thusong.planning.KpiPerformance;
import org.thusong.planning.KpiStatus;
import org.thusong.planning.PerformanceCycle;
import org.thusong.planning.PerformanceDashboard;
import org.thusong.planning.PerformanceReports;
import org.thusong.planning.PlanningClock;
import org.thusong.planning.Plans;
import org.thusong.planning.ReportKind;
import org.thusong.planning.RiskRegister;
import org.thusong.planning.Sdbip;
import org.thusong.planning.SdbipImports;
import org.thusong.planning.Sdbips;

/**
 * The planning pages: the performance home of an organisation, plan trees, an SDBIP with its
 * KPIs and traffic lights, a KPI with its quarters (capture, evidence and each workflow step),
 * the workbook import with its dry run, report generation with progress, the dashboard, the
 * alignment checks, the risk register and the help page with the calculation rules. A refused
 * step comes back to the page it was taken on with the rule that refused it.
 */
@Controller
class PlanningPages {

	private static final int KPI_PAGE = 100;

	private final Plans plans;

	private final Sdbips sdbips;

	private final SdbipImports imports;

	private final PerformanceCycle cycle;

	private final PerformanceReports reports;

	private final PerformanceDashboard dashboard;

	private final AlignmentChecks alignment;

	private final RiskRegister risks;

	private final Organisations organisations;

	private final PlanningClock clock;

	private final MessageSource messages;

	PlanningPages(Plans plans, Sdbips sdbips, SdbipImports imports, PerformanceCycle cycle, PerformanceReports reports,
			PerformanceDashboard dashboard, AlignmentChecks alignment, RiskRegister risks, Organisations organisations,
			PlanningClock clock, MessageSource messages) {
		this.plans = plans;
		this.sdbips = sdbips;
		this.imports = imports;
		this.cycle = cycle;
		this.reports = reports;
		this.dashboard = dashboard;
		this.alignment = alignment;
		this.risks = risks;
		this.organisations = organisations;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/planning")
	String home(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) Integer page, Model model) {
		PageOf<Sdbip> list = sdbips.page(scope, null, false, PageRequestOf.of(page, 25, 25));
		model.addAttribute("results", list);
		model.addAttribute("plans", plans.list(scope));
		model.addAttribute("canImport", me.has(Role.PMS_OFFICER) || me.has(Role.ADMIN));
		model.addAttribute("organisation", own(me).orElse(null));
		model.addAttribute("names", names(list.items().stream().map(Sdbip::organisationCode).toList()));
		model.addAttribute("thisYear", clock.today().getYear());
		return "planning/home";
	}

	@GetMapping("/planning/help")
	String help() {
		return "planning/help";
	}

	@GetMapping("/planning/plans/{id}")
	String plan(@PathVariable long id, Scope scope, @AuthenticationPrincipal ThusongUser me, Model model) {
		Plans.Plan plan = plans.get(id, scope);
		List<Plans.Item> items = plans.tree(id);
		List<Plans.Item> parents = new ArrayList<>();
		for (Plans.Item goal : items) {
			parents.add(goal);
			parents.addAll(goal.children());
		}
		model.addAttribute("plan", plan);
		model.addAttribute("items", items);
		model.addAttribute("parents", parents);
		model.addAttribute("outcomes", plans.outcomes());
		model.addAttribute("canEdit", me.has(Role.PMS_OFFICER) || me.has(Role.ADMIN));
		model.addAttribute("organisation", organisations.findByCode(plan.organisationCode()).orElseThrow());
		return "planning/plan";
	}

	@PostMapping("/planning/plans")
	String createPlan(@RequestParam(required = false) String kind, @RequestParam(required = false) String title,
			@RequestParam(required = false) String firstYear, @RequestParam(required = false) String lastYear,
			@AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		requirePms(me);
		OrganisationSummary org = own(me).orElseThrow(() -> new NotFound("You belong to no organisation"));
		try {
			Plans.Plan plan = plans.create(org, parse(Plans.Kind.class, kind, "kind"), title, number(firstYear, "firstYear"),
					number(lastYear, "lastYear"), false);
			return "redirect:/planning/plans/" + plan.id();
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, 0);
			return "redirect:/planning";
		}
	}

	@PostMapping("/planning/plans/{id}/items")
	String addItem(@PathVariable long id, @RequestParam(required = false) String parentId, @RequestParam(required = false) String code,
			@RequestParam(required = false) String title, @RequestParam(required = false) String outcomeCode,
			@AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		requirePms(me);
		try {
			plans.addItem(id, parentId == null || parentId.isBlank() ? null : (long) number(parentId, "parentId"), code, title,
					outcomeCode, me.scope());
			redirect.addFlashAttribute("done", "planning.plan.added");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, 0);
		}
		return "redirect:/planning/plans/" + id;
	}

	@GetMapping("/planning/plans/{id}/items/{itemId}")
	String item(@PathVariable long id, @PathVariable long itemId, @AuthenticationPrincipal ThusongUser me, Model model) {
		requirePms(me);
		Plans.ItemDetail item = plans.item(id, itemId, me.scope());
		return itemPage(item, item.code(), item.title(), item.outcomeCode(), me, model);
	}

	@PostMapping("/planning/plans/{id}/items/{itemId}")
	String editItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String code,
			@RequestParam(required = false) String title, @RequestParam(required = false) String outcomeCode,
			@AuthenticationPrincipal ThusongUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requirePms(me);
		Plans.ItemDetail item = plans.item(id, itemId, me.scope());
		try {
			plans.editItem(id, itemId, code, title, outcomeCode, me.scope());
			redirect.addFlashAttribute("done", "planning.item.saved");
			return "redirect:/planning/plans/" + id + "#item-" + itemId;
		}
		catch (InvalidInput | Conflict e) {
			response.setStatus(e instanceof InvalidInput ? 400 : 409);
			model.addAttribute("error", explained(e));
			return itemPage(item, code, title, outcomeCode, me, model);
		}
	}

	@PostMapping("/planning/plans/{id}/items/{itemId}/move")
	String moveItem(@PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String parentId,
			@AuthenticationPrincipal ThusongUser me, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		requirePms(me);
		Plans.ItemDetail item = plans.item(id, itemId, me.scope());
		try {
			plans.moveItem(id, itemId, parentId == null || parentId.isBlank() ? null : (long) number(parentId, "parentId"), me.scope());
			redirect.addFlashAttribute("done", "planning.item.moved");
			return "redirect:/planning/plans/" + id + "#item-" + itemId;
		}
		catch (InvalidInput | Conflict e) {
			response.setStatus(e instanceof InvalidInput ? 400 : 409);
			model.addAttribute("moveError", explained(e));
			return itemPage(item, item.code(), item.title(), item.outcomeCode(), me, model);
		}
	}

	/** The edit form (with what was typed) and, below an objective or activity, the move choice. */
	private String itemPage(Plans.ItemDetail item, String code, String title, String outcomeCode, ThusongUser me, Model model) {
		Plans.Plan plan = plans.get(item.planId(), me.scope());
		List<Plans.Item> parents = new ArrayList<>();
		for (Plans.Item goal : plans.tree(plan.id())) {
			if (item.parentLevel() == Plans.Level.GOAL) {
				parents.add(goal);
			}
			else if (item.parentLevel() == Plans.Level.OBJECTIVE) {
				parents.addAll(goal.children());
			}
		}
		model.addAttribute("plan", plan);
		model.addAttribute("item", item);
		model.addAttribute("itemCode", code);
		model.addAttribute("itemTitle", title);
		model.addAttribute("itemOutcome", outcomeCode);
		model.addAttribute("parents", parents);
		model.addAttribute("outcomes", plans.outcomes());
		return "planning/item";
	}

	private static void requirePms(ThusongUser me) {
		if (!me.has(Role.PMS_OFFICER) && !me.has(Role.ADMIN)) {
			throw new org.thusong.planning.WorkflowStepRefused("role", "only the PMS unit (pms officer) or an administrator may change plans");
		}
	}

	@GetMapping("/planning/sdbips/{id}")
	String sdbip(@PathVariable long id, Scope scope, @AuthenticationPrincipal ThusongUser me,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) String department, Model model) {
		Sdbip sdbip = sdbips.get(id, scope);
		List<KpiPerformance> all = sdbips.performance(sdbip);
		String dept = PlanningApi.blank(department);
		List<KpiPerformance> shown = dept == null ? all : all.stream().filter(k -> dept.equalsIgnoreCase(k.kpi().departmentCode())).toList();
		PageRequestOf request = PageRequestOf.of(page, KPI_PAGE, KPI_PAGE);
		int from = (int) Math.min(shown.size(), request.offset());
		model.addAttribute("results", new PageOf<>(shown.subList(from, Math.min(shown.size(), from + KPI_PAGE)), request.page(),
				KPI_PAGE, shown.size()));
		model.addAttribute("sdbip", sdbip);
		model.addAttribute("organisation", organisations.findByCode(sdbip.organisationCode()).orElseThrow());
		model.addAttribute("quarters", cycle.quarters(sdbip));
		model.addAttribute("versions", sdbips.versions(sdbip.organisationCode(), sdbip.year().startYear()));
		model.addAttribute("departments", organisations.departments(sdbip.organisationCode()));
		model.addAttribute("department", dept == null ? "" : dept);
		model.addAttribute("jobs", reports.recent(sdbip.organisationCode(), scope));
		model.addAttribute("isPms", me.has(Role.PMS_OFFICER));
		model.addAttribute("today", clock.today());
		return "planning/sdbip";
	}

	@GetMapping("/planning/kpis/{id}")
	String kpi(@PathVariable long id, @AuthenticationPrincipal ThusongUser me, Model model) {
		Kpi kpi = sdbips.kpi(id, me.scope());
		KpiPerformance performance = sdbips.performance(kpi);
		Sdbip sdbip = sdbips.find(kpi.sdbipId()).orElseThrow();
		List<QuarterPanel> panels = new ArrayList<>();
		List<PerformanceCycle.QuarterWindow> windows = cycle.quarters(sdbip);
		for (KpiPerformance.QuarterResult q : performance.quarters()) {
			Long actualId = q.actualId();
			panels.add(new QuarterPanel(q, windows.get(q.quarter() - 1), actualId == null ? null : cycle.actual(actualId, me),
					actualId == null ? List.of() : cycle.history(actualId), actualId == null ? List.of() : cycle.evidence(actualId)));
		}
		model.addAttribute("kpi", kpi);
		model.addAttribute("performance", performance);
		model.addAttribute("sdbip", sdbip);
		model.addAttribute("organisation", organisations.findByCode(kpi.organisationCode()).orElseThrow());
		model.addAttribute("panels", panels);
		model.addAttribute("canCapture", sdbip.current() && (me.has(Role.OFFICER) || me.has(Role.MANAGER) || me.has(Role.PMS_OFFICER)));
		model.addAttribute("canReview", me.has(Role.MANAGER));
		model.addAttribute("canVerify", me.has(Role.PMS_OFFICER) || me.has(Role.AUDITOR));
		model.addAttribute("canApprove", me.has(Role.PMS_OFFICER));
		return "planning/kpi";
	}

	/** A quarter of the KPI page: its result, window, actual (or null), history and evidence. */
	record QuarterPanel(KpiPerformance.QuarterResult result, PerformanceCycle.QuarterWindow window,
			org.thusong.planning.Actual actual, List<PerformanceCycle.HistoryStep> history,
			List<PerformanceCycle.Evidence> evidence) {

		public boolean editable() {
			return window.open() && (actual == null || actual.state().editable());
		}

		public String state() {
			return actual == null ? null : actual.state().name();
		}
	}

	@PostMapping("/planning/kpis/{id}/actuals/{quarter}")
	String capture(@PathVariable long id, @PathVariable int quarter, @RequestParam(required = false) String value,
			@RequestParam(required = false) String comment, @RequestParam(required = false) String varianceReason,
			@RequestParam(required = false) String correctiveMeasure, @AuthenticationPrincipal ThusongUser me,
			RedirectAttributes redirect) {
		try {
			cycle.capture(id, quarter, new PerformanceCycle.Capture(value, comment, varianceReason, correctiveMeasure), me);
			redirect.addFlashAttribute("done", "planning.kpi.captured");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, quarter);
			redirect.addFlashAttribute("form", Map.of("value", s(value), "comment", s(comment), "varianceReason", s(varianceReason),
					"correctiveMeasure", s(correctiveMeasure)));
		}
		return "redirect:/planning/kpis/" + id + "#q" + quarter;
	}

	@PostMapping("/planning/actuals/{id}/evidence")
	String evidence(@PathVariable long id, @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal ThusongUser me,
			RedirectAttributes redirect, Locale locale) {
		org.thusong.planning.Actual actual = cycle.actual(id, me);
		try {
			cycle.attachEvidence(id, file, me);
			redirect.addFlashAttribute("done", "planning.kpi.evidenceAdded");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, actual.quarter());
		}
		catch (UnsupportedDocumentType | DocumentTooLarge e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("errorQuarter", actual.quarter());
		}
		return "redirect:/planning/kpis/" + actual.kpiId() + "#q" + actual.quarter();
	}

	@PostMapping("/planning/actuals/{id}/{step}")
	String step(@PathVariable long id, @PathVariable String step, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		org.thusong.planning.Actual actual = cycle.actual(id, me);
		try {
			switch (step) {
				case "submit" -> cycle.submit(id, me);
				case "review" -> cycle.review(id, me);
				case "verify" -> cycle.verify(id, me);
				case "approve" -> cycle.approve(id, me);
				case "return" -> cycle.returnWithReason(id, reason, me);
				case "reopen" -> cycle.reopen(id, reason, me);
				default -> throw new NotFound("No step " + step);
			}
			redirect.addFlashAttribute("done", "planning.kpi.step." + step);
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, actual.quarter());
		}
		return "redirect:/planning/kpis/" + actual.kpiId() + "#q" + actual.quarter();
	}

	@PostMapping("/planning/sdbips/{id}/quarters/{quarter}/reopen")
	String reopenQuarter(@PathVariable long id, @PathVariable int quarter, @RequestParam(required = false) String until,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		try {
			cycle.reopenQuarter(id, quarter, date(until, "until"), reason, me);
			redirect.addFlashAttribute("done", "planning.sdbip.reopened");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, quarter);
		}
		return "redirect:/planning/sdbips/" + id;
	}

	@GetMapping("/planning/import")
	String importForm(@AuthenticationPrincipal ThusongUser me, Model model) {
		model.addAttribute("organisations", importable(me));
		model.addAttribute("previous", previous(me));
		model.addAttribute("year", defaultYear(me));
		return "planning/import";
	}

	@PostMapping("/planning/import")
	String importWorkbook(@RequestParam(required = false) String organisation, @RequestParam(required = false) String year,
			@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String mode,
			@RequestParam(required = false) String revisionReason, @RequestParam(required = false) String approvedBy,
			@RequestParam(required = false) String approvedOn, @AuthenticationPrincipal ThusongUser me, Model model,
			Locale locale)
			throws IOException {
		model.addAttribute("organisations", importable(me));
		model.addAttribute("previous", previous(me));
		model.addAttribute("year", year);
		model.addAttribute("chosen", organisation);
		model.addAttribute("revisionReason", s(revisionReason));
		model.addAttribute("approvedBy", s(approvedBy));
		model.addAttribute("approvedOn", s(approvedOn));
		try {
			int startYear = number(year, "year");
			if (file == null || file.isEmpty()) {
				throw new InvalidInput("file", "choose the SDBIP workbook (.xlsx)");
			}
			Sdbips.Revision revision = revision(revisionReason, approvedBy, approvedOn);
			boolean dryRun = !"import".equals(mode);
			try (InputStream in = file.getInputStream()) {
				ImportResult result = imports.run(organisation, startYear, in, dryRun, revision, null, me, locale);
				model.addAttribute("result", result);
				if (result.imported()) {
					return "redirect:/planning/sdbips/" + result.sdbipId() + "?imported=" + result.rowsRead();
				}
			}
		}
		catch (InvalidInput | Conflict e) {
			model.addAttribute("error", explained(e));
		}
		return "planning/import";
	}

	@GetMapping("/planning/template.xlsx")
	ResponseEntity<byte[]> template() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.template(out);
		return Attachment.of(out.toByteArray(), "sdbip-template.xlsx", PlanningApi.XLSX);
	}

	@GetMapping("/planning/sdbips/{id}/export.xlsx")
	ResponseEntity<byte[]> export(@PathVariable long id, Scope scope, Locale locale) throws IOException {
		Sdbip sdbip = sdbips.get(id, scope);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.export(sdbip, key -> messages.getMessage(key, null, key, locale), out);
		return Attachment.of(out.toByteArray(), sdbip.organisationCode() + "-sdbip-" + sdbip.year().label().replace('/', '-') + ".xlsx",
				PlanningApi.XLSX);
	}

	@PostMapping("/planning/reports")
	String report(@RequestParam long sdbip, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String quarter, @RequestParam(required = false) String format,
			@AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		Sdbip s = sdbips.get(sdbip, me.scope());
		try {
			ReportKind k = parse(ReportKind.class, kind, "kind");
			Integer q = k == ReportKind.QUARTERLY ? number(quarter, "quarter") : null;
			PerformanceReports.Job job = reports.request(s.organisationCode(), k, s.year().startYear(), q,
					parse(PerformanceReports.Format.class, format, "format"), me.scope(), me.getUsername());
			return "redirect:/planning/reports/" + job.id();
		}
		catch (InvalidInput e) {
			refused(redirect, e, 0);
			return "redirect:/planning/sdbips/" + sdbip;
		}
	}

	@GetMapping("/planning/reports/{id}")
	String reportJob(@PathVariable UUID id, Scope scope, Model model) {
		model.addAttribute("job", reports.job(id, scope).orElseThrow(() -> new NotFound("No report " + id)));
		return "planning/report";
	}

	@GetMapping("/planning/reports/{id}/progress")
	String reportProgress(@PathVariable UUID id, Scope scope, Model model) {
		model.addAttribute("job", reports.job(id, scope).orElseThrow(() -> new NotFound("No report " + id)));
		return "planning/report :: progress";
	}

	@GetMapping("/planning/reports/{id}/file")
	ResponseEntity<byte[]> reportFile(@PathVariable UUID id, Scope scope) {
		PerformanceReports.File f = reports.file(id, scope);
		return Attachment.of(f.content(), f.filename(), f.mediaType());
	}

	@GetMapping("/planning/dashboard")
	String dashboard(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String year,
			@RequestParam(required = false) String organisation, Model model) {
		int startYear = year == null || year.isBlank() ? defaultYear(me) : number(year, "year");
		String org = PlanningApi.blank(organisation);
		if (org != null) {
			organisations.findByCode(org, scope).orElseThrow(() -> new NotFound("No organisation " + organisation));
		}
		PerformanceDashboard.Figures figures = dashboard.figures(scope, org, startYear);
		model.addAttribute("figures", figures);
		model.addAttribute("year", startYear);
		model.addAttribute("organisation", org == null ? "" : org);
		model.addAttribute("statuses", KpiStatus.values());
		model.addAttribute("names", names(figures.byOrganisation().stream().map(PerformanceDashboard.Group::label).toList()));
		return "planning/dashboard";
	}

	@GetMapping("/planning/outcomes")
	String outcomes(@AuthenticationPrincipal ThusongUser me, Model model) {
		model.addAttribute("outcomes", plans.outcomes());
		model.addAttribute("canEdit", me.has(Role.ADMIN) || me.has(Role.COORDINATOR));
		return "planning/outcomes";
	}

	@PostMapping("/planning/outcomes")
	String addOutcome(@RequestParam(required = false) String code, @RequestParam(required = false) String title,
			@RequestParam(required = false) String sphere, @RequestParam(required = false) String areaPath,
			@AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		if (!me.has(Role.ADMIN) && !me.has(Role.COORDINATOR)) {
			throw new org.thusong.planning.WorkflowStepRefused("role", "only an administrator or a coordinator may add an outcome");
		}
		try {
			plans.addOutcome(code, title, sphere, areaPath);
			redirect.addFlashAttribute("done", "planning.outcomes.added");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, 0);
		}
		return "redirect:/planning/outcomes";
	}

	@PostMapping("/planning/sdbips/{id}/budget-votes")
	String addVote(@PathVariable long id, @RequestParam(required = false) String vote, @RequestParam(required = false) String description,
			@RequestParam(required = false) String amount, @AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		requirePms(me);
		try {
			java.math.BigDecimal money = null;
			if (amount != null && !amount.isBlank()) {
				try {
					money = new java.math.BigDecimal(amount.strip().replace(" ", "").replace(",", ""));
				}
				catch (NumberFormatException e) {
					throw new InvalidInput("amount", "must be a number, not '" + amount + "'");
				}
			}
			sdbips.addBudgetVote(id, vote, description, money, me.scope());
			redirect.addFlashAttribute("done", "planning.alignment.voteAdded");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, 0);
		}
		return "redirect:/planning/sdbips/" + id + "/alignment";
	}

	@GetMapping("/planning/sdbips/{id}/alignment")
	String alignment(@PathVariable long id, Scope scope, @AuthenticationPrincipal ThusongUser me, Model model) {
		Sdbip sdbip = sdbips.get(id, scope);
		model.addAttribute("canEdit", me.has(Role.PMS_OFFICER) || me.has(Role.ADMIN));
		model.addAttribute("sdbip", sdbip);
		model.addAttribute("organisation", organisations.findByCode(sdbip.organisationCode()).orElseThrow());
		model.addAttribute("problems", alignment.problems(sdbip));
		return "planning/alignment";
	}

	@GetMapping("/planning/risks")
	String risks(Scope scope, @AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String organisation,
			Model model) {
		String code = PlanningApi.blank(organisation) != null ? organisation.strip() : me.organisationCode();
		OrganisationSummary org = organisations.findByCode(code, scope).orElseThrow(() -> new NotFound("No organisation " + code));
		List<RiskRegister.Risk> list = risks.list(org.code(), scope);
		model.addAttribute("organisation", org);
		model.addAttribute("risks", list);
		model.addAttribute("heat", RiskRegister.heatMap(list));
		model.addAttribute("canEdit", me.has(Role.PMS_OFFICER) || me.has(Role.MANAGER));
		return "planning/risks";
	}

	@PostMapping("/planning/risks")
	String addRisk(@RequestParam String organisation, @RequestParam(required = false) String objectiveCode,
			@RequestParam(required = false) String title, @RequestParam(required = false) String likelihood,
			@RequestParam(required = false) String impact, @RequestParam(required = false) String residualLikelihood,
			@RequestParam(required = false) String residualImpact, @RequestParam(required = false) String controls,
			@RequestParam(required = false) String owner, @RequestParam(required = false) String actions,
			@RequestParam(required = false) String dueOn, @AuthenticationPrincipal ThusongUser me, RedirectAttributes redirect) {
		OrganisationSummary org = organisations.findByCode(organisation, me.scope())
			.orElseThrow(() -> new NotFound("No organisation " + organisation));
		try {
			risks.add(org, new RiskRegister.Draft(objectiveCode, title, rating(likelihood, "likelihood"), rating(impact, "impact"),
					rating(residualLikelihood, "residualLikelihood"), rating(residualImpact, "residualImpact"), controls, owner, actions,
					dueOn == null || dueOn.isBlank() ? null : date(dueOn, "dueOn")), false, me);
			redirect.addFlashAttribute("done", "planning.risks.added");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, 0);
		}
		return "redirect:/planning/risks?organisation=" + org.code();
	}

	@PostMapping("/planning/risks/{id}/review")
	String reviewRisk(@PathVariable long id, @RequestParam(required = false) String residualLikelihood,
			@RequestParam(required = false) String residualImpact, @AuthenticationPrincipal ThusongUser me,
			RedirectAttributes redirect) {
		RiskRegister.Risk risk = risks.get(id, me.scope());
		try {
			risks.review(id, rating(residualLikelihood, "residualLikelihood"), rating(residualImpact, "residualImpact"), me);
			redirect.addFlashAttribute("done", "planning.risks.reviewDone");
		}
		catch (InvalidInput | Conflict e) {
			refused(redirect, e, 0);
		}
		return "redirect:/planning/risks?organisation=" + risk.organisationCode();
	}

	private Optional<OrganisationSummary> own(ThusongUser me) {
		return me.organisationCode() == null ? Optional.empty() : organisations.findByCode(me.organisationCode());
	}

	private List<OrganisationSummary> importable(ThusongUser me) {
		List<OrganisationSummary> list = new ArrayList<>();
		own(me).ifPresent(list::add);
		if (me.has(Role.ADMIN)) {
			list.addAll(organisations.page(me.scope(), OrganisationKind.MUNICIPALITY, null, new PageRequestOf(0, 100)).items());
		}
		return list.stream().distinct().toList();
	}

	/** The user's organisation's current SDBIPs, whose export is a filled workbook to start from. */
	private List<Sdbip> previous(ThusongUser me) {
		return me.organisationCode() == null ? List.of()
				: sdbips.page(me.scope(), me.organisationCode(), false, new PageRequestOf(0, 5)).items();
	}

	private int defaultYear(ThusongUser me) {
		String path = own(me).map(OrganisationSummary::jurisdictionPath).orElse("ZA");
		LocalDate today = clock.today();
		int month = FinancialYear.startMonthFor(path);
		return today.getMonthValue() >= month ? today.getYear() : today.getYear() - 1;
	}

	private Map<String, String> names(List<String> codes) {
		Map<String, String> names = new java.util.HashMap<>();
		for (String code : codes) {
			names.computeIfAbsent(code, c -> organisations.findByCode(c).map(OrganisationSummary::name).orElse(c));
		}
		return names;
	}

	private void refused(RedirectAttributes redirect, RuntimeException e, int quarter) {
		redirect.addFlashAttribute("error", explained(e));
		redirect.addFlashAttribute("errorQuarter", quarter);
	}

	/**
	 * The refusal in the reader's language: the rule named by the field in the bundle (in English
	 * the domain's own message), the domain's message kept as the detail.
	 */
	private String explained(RuntimeException e) {
		String field = e instanceof InvalidInput i ? i.field() : e instanceof Conflict c ? c.field() : null;
		Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		if (field == null) {
			return e.getMessage();
		}
		return messages.getMessage("planning.error." + field, new Object[] { e.getMessage() }, e.getMessage(), locale);
	}

	private static String s(String v) {
		return v == null ? "" : v;
	}

	static <E extends Enum<E>> E parse(Class<E> type, String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "is required: one of " + java.util.Arrays.toString(type.getEnumConstants()));
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInput(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not '" + text + "'");
		}
	}

	static LocalDate date(String text, String field) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "is required, as a date such as 2026-11-30");
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "must be a date such as 2026-11-30, not '" + text + "'");
		}
	}

	static int number(String text, String field) {
		try {
			return Integer.parseInt(text == null ? "" : text.strip());
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be a whole number, not '" + (text == null ? "" : text) + "'");
		}
	}

	private static Integer rating(String text, String field) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return number(text, field);
	}

	/** A revision from its three fields, or none when all are empty. */
	static Sdbips.Revision revision(String reason, String approvedBy, String approvedOn) {
		if ((reason == null || reason.isBlank()) && (approvedBy == null || approvedBy.isBlank())
				&& (approvedOn == null || approvedOn.isBlank())) {
			return null;
		}
		return new Sdbips.Revision(reason, approvedBy, approvedOn == null || approvedOn.isBlank() ? null : date(approvedOn, "approvedOn"));
	}

	static boolean milestone(Kpi kpi) {
		return kpi.calculationType() == CalculationType.MILESTONE;
	}

	static boolean locked(ActualState state) {
		return state == ActualState.APPROVED;
	}
}
