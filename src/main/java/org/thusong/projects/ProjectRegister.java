package org.thusong.projects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.backlogs.BasicService;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * Registers projects and changes them, one transaction per command, each audited and announced
 * ({@link ProjectProgressReported}). The rules a user would expect: the wards lie in one
 * municipality inside the user's scope; stages only move forward; progress going back needs a
 * reason; expenditure above the budget needs a reason; completion means 100%.
 */
@Service
@Transactional
public class ProjectRegister {

	private final JdbcClient jdbc;

	private final Projects projects;

	private final Areas areas;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectRegister(JdbcClient jdbc, Projects projects, Areas areas, Organisations organisations, AuditTrail audit,
			ApplicationEventPublisher events, java.util.Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.projects = projects;
		this.areas = areas;
		this.organisations = organisations;
		this.audit = audit;
		this.events = events;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** A checked new project, before it is written (what an import's dry run shows). */
	public record Checked(NewProject input, OrganisationSummary owner, AreaSummary municipality, List<AreaSummary> wards,
			BasicService service, Stage stage) {
	}

	/** Checks a new project against every rule without writing it. */
	@Transactional(readOnly = true, noRollbackFor = { InvalidInput.class, Conflict.class })
	public Checked check(Scope scope, NewProject in) {
		if (in.title() == null || in.title().isBlank()) {
			throw new InvalidInput("title", "is required");
		}
		if (in.title().trim().length() > 300) {
			throw new InvalidInput("title", "must be at most 300 characters");
		}
		OrganisationSummary owner = organisations.findByCode(in.ownerCode() == null ? "" : in.ownerCode().trim())
			.orElseThrow(() -> new InvalidInput("owner", "no organisation has the code '" + in.ownerCode() + "'"));
		BasicService service = BasicService.parse("service", in.service());
		Stage stage = in.stage() == null || in.stage().isBlank() ? Stage.IDENTIFIED : Stage.parse("stage", in.stage());
		if (in.wardCodes() == null || in.wardCodes().stream().allMatch(w -> w == null || w.isBlank())) {
			throw new InvalidInput("wards", "name at least one ward the project serves");
		}
		List<AreaSummary> wards = new ArrayList<>();
		for (String code : in.wardCodes()) {
			if (code == null || code.isBlank()) {
				continue;
			}
			String demarcation = in.demarcation() == null || in.demarcation().isBlank() ? null : in.demarcation().trim();
			AreaSummary ward = (demarcation == null ? areas.find(code.trim()) : areas.find(demarcation, code.trim()))
				.orElseThrow(() -> new InvalidInput("wards", "no ward has the code '" + code.trim() + "'"));
			if (ward.level() != AreaLevel.WARD) {
				throw new InvalidInput("wards", ward.code() + " is not a ward");
			}
			if (!scope.covers(ward.codePath())) {
				throw new InvalidInput("wards", "ward " + ward.code() + " lies outside your scope");
			}
			wards.add(ward);
		}
		String municipalityPath = wards.get(0).codePath().substring(0, wards.get(0).codePath().lastIndexOf('/'));
		if (wards.stream().anyMatch(w -> !w.codePath().startsWith(municipalityPath + "/"))) {
			throw new InvalidInput("wards", "all wards must lie in one municipality");
		}
		AreaSummary municipality = areas.find(wards.get(0).demarcation(), wards.get(0).parentCode())
			.orElseThrow(() -> new InvalidInput("wards", "the wards' municipality is unknown"));
		int households = in.households() == null ? -1 : in.households();
		if (households < 0) {
			throw new InvalidInput("households", "must be a whole number of 0 or more");
		}
		if (in.budget() == null || in.budget().signum() < 0) {
			throw new InvalidInput("budget", "must be an amount of 0 or more");
		}
		int progress = in.progress() == null ? 0 : in.progress();
		if (progress < 0 || progress > 100) {
			throw new InvalidInput("progress", "must be between 0 and 100");
		}
		if (in.startDate() != null && in.plannedCompletion() != null && in.plannedCompletion().isBefore(in.startDate())) {
			throw new InvalidInput("plannedCompletion", "must not be before the start date");
		}
		int growth = in.growthPotential() == null ? 0 : in.growthPotential();
		if (growth < 0 || growth > 10) {
			throw new InvalidInput("growthPotential", "must be between 0 and 10");
		}
		if (stage.done() && progress != 100) {
			throw new InvalidInput("progress", "a completed project is 100% done");
		}
		if (in.funding() != null) {
			for (Funding f : in.funding()) {
				if (f.amount() == null || f.amount().signum() < 0) {
					throw new InvalidInput("funding", "amounts must be 0 or more");
				}
				if (f.financialYear() < 2000 || f.financialYear() > 2100) {
					throw new InvalidInput("funding", "financial year must be between 2000 and 2100");
				}
			}
		}
		return new Checked(in, owner, municipality, wards, service, stage);
	}

	public long register(Scope scope, NewProject in, String by) {
		return register(scope, in, by, false);
	}

	public long register(Scope scope, NewProject in, String by, boolean demo) {
		Checked checked = check(scope, in);
		long number = jdbc.sql("SELECT nextval('project_reference_seq')").query(Long.class).single();
		String reference = checked.municipality().code() + "-P" + String.format("%05d", number);
		int progress = in.progress() == null ? 0 : in.progress();
		long id = jdbc.sql("""
				INSERT INTO project (reference, owner_code, owner_name, owner_path, municipality_code, area_path, demarcation, title, service,
				                     households, stage, budget, progress, start_date, planned_completion, actual_completion,
				                     service_providers, contractors, idp_objective, growth_potential, demo, last_update_at, created_by)
				VALUES (:reference, :owner, :ownerName, :ownerPath, :municipality, :path, :demarcation, :title, :service, :households,
				        :stage, :budget, :progress, :start, :planned, :actual, :psp, :contractors, :idp, :growth, :demo, :now, :by)
				RETURNING id""")
			.param("reference", reference)
			.param("owner", checked.owner().code())
			.param("ownerName", checked.owner().name())
			.param("ownerPath", checked.owner().jurisdictionPath() == null ? "" : checked.owner().jurisdictionPath())
			.param("municipality", checked.municipality().code())
			.param("path", checked.municipality().codePath())
			.param("demarcation", checked.municipality().demarcation())
			.param("title", in.title().trim())
			.param("service", checked.service().code())
			.param("households", in.households())
			.param("stage", checked.stage().name())
			.param("budget", in.budget())
			.param("progress", progress)
			.param("start", sqlDate(in.startDate()))
			.param("planned", sqlDate(in.plannedCompletion()))
			.param("actual", checked.stage().done() ? sqlDate(LocalDate.now(clock)) : null)
			.param("psp", blank(in.serviceProviders()))
			.param("contractors", blank(in.contractors()))
			.param("idp", blank(in.idpObjective()))
			.param("growth", in.growthPotential() == null ? 0 : in.growthPotential())
			.param("demo", demo)
			.param("now", java.sql.Timestamp.from(Instant.now(clock)))
			.param("by", by)
			.query(Long.class)
			.single();
		for (AreaSummary ward : checked.wards()) {
			jdbc.sql("INSERT INTO project_ward (project_id, ward_code, ward_path) VALUES (:id, :code, :path) ON CONFLICT DO NOTHING")
				.param("id", id)
				.param("code", ward.code())
				.param("path", ward.codePath())
				.update();
		}
		if (in.funding() != null) {
			for (Funding f : in.funding()) {
				fund(id, f);
			}
		}
		jdbc.sql("INSERT INTO project_update (project_id, reported_at, stage, progress, note, reported_by) VALUES (:id, :at, :stage, :progress, 'registered', :by)")
			.param("id", id)
			.param("at", java.sql.Timestamp.from(Instant.now(clock)))
			.param("stage", checked.stage().name())
			.param("progress", progress)
			.param("by", by)
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("reference", reference);
		after.put("title", in.title().trim());
		after.put("service", checked.service().code());
		after.put("wards", checked.wards().stream().map(AreaSummary::code).toList());
		after.put("households", in.households());
		after.put("budget", in.budget());
		after.put("stage", checked.stage());
		audit.record("project", reference, "registered", checked.municipality().codePath(), null, after);
		announce(id);
		return id;
	}

	/**
	 * Changes what a project is: owner, title, service, wards, households, budget, dates, who
	 * plans and builds it, IDP objective, growth potential. Stage and progress move only through
	 * {@link #reportProgress}, funding and expenditure through their own commands.
	 */
	public void amend(Scope scope, long id, NewProject in, String by) {
		Project before = projects.find(scope, id);
		NewProject keep = new NewProject(in.ownerCode(), in.title(), in.service(), in.wardCodes(), in.demarcation(), in.households(),
				before.stage().name(), in.budget(), before.progress(), in.startDate(), in.plannedCompletion(), in.serviceProviders(),
				in.contractors(), in.idpObjective(), in.growthPotential(), List.of());
		Checked checked = check(scope, keep);
		jdbc.sql("""
				UPDATE project SET owner_code = :owner, owner_name = :ownerName, owner_path = :ownerPath, municipality_code = :municipality,
				       area_path = :path, demarcation = :demarcation, title = :title, service = :service, households = :households,
				       budget = :budget, start_date = :start, planned_completion = :planned, service_providers = :psp,
				       contractors = :contractors, idp_objective = :idp, growth_potential = :growth, last_update_at = :now
				 WHERE id = :id""")
			.param("owner", checked.owner().code())
			.param("ownerName", checked.owner().name())
			.param("ownerPath", checked.owner().jurisdictionPath() == null ? "" : checked.owner().jurisdictionPath())
			.param("municipality", checked.municipality().code())
			.param("path", checked.municipality().codePath())
			.param("demarcation", checked.municipality().demarcation())
			.param("title", in.title().trim())
			.param("service", checked.service().code())
			.param("households", in.households())
			.param("budget", in.budget())
			.param("start", sqlDate(in.startDate()))
			.param("planned", sqlDate(in.plannedCompletion()))
			.param("psp", blank(in.serviceProviders()))
			.param("contractors", blank(in.contractors()))
			.param("idp", blank(in.idpObjective()))
			.param("growth", in.growthPotential() == null ? 0 : in.growthPotential())
			.param("now", java.sql.Timestamp.from(Instant.now(clock)))
			.param("id", id)
			.update();
		jdbc.sql("DELETE FROM project_ward WHERE project_id = :id").param("id", id).update();
		for (AreaSummary ward : checked.wards()) {
			jdbc.sql("INSERT INTO project_ward (project_id, ward_code, ward_path) VALUES (:id, :code, :path) ON CONFLICT DO NOTHING")
				.param("id", id)
				.param("code", ward.code())
				.param("path", ward.codePath())
				.update();
		}
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("title", before.title());
		was.put("service", before.service().code());
		was.put("wards", before.wardCodes());
		was.put("households", before.households());
		was.put("budget", before.budget());
		Map<String, Object> now = new LinkedHashMap<>();
		now.put("title", in.title().trim());
		now.put("service", checked.service().code());
		now.put("wards", checked.wards().stream().map(AreaSummary::code).toList());
		now.put("households", in.households());
		now.put("budget", in.budget());
		audit.record("project", before.reference(), "amended", checked.municipality().codePath(), was, now);
		announce(id);
	}

	/** Reports progress and stage. Going back in progress needs a reason; stages only move forward. */
	public void reportProgress(Scope scope, long id, String stageText, Integer progress, String note, String reason, String by) {
		Project project = projects.find(scope, id);
		Stage stage = stageText == null || stageText.isBlank() ? project.stage() : Stage.parse("stage", stageText);
		if (progress == null || progress < 0 || progress > 100) {
			throw new InvalidInput("progress", "must be between 0 and 100");
		}
		if (stage.ordinal() < project.stage().ordinal()) {
			throw new Conflict("stage", "cannot move back from " + project.stage().name().toLowerCase() + " to " + stage.name().toLowerCase());
		}
		boolean back = progress < project.progress();
		if (back && (reason == null || reason.isBlank())) {
			throw new InvalidInput("reason", "progress goes back from " + project.progress() + "% to " + progress + "%: say why");
		}
		if (stage.done() && progress != 100) {
			throw new InvalidInput("progress", "a completed project is 100% done");
		}
		Instant now = Instant.now(clock);
		jdbc.sql("""
				UPDATE project SET stage = :stage, progress = :progress, last_update_at = :now,
				       actual_completion = CASE WHEN :done AND actual_completion IS NULL THEN :today ELSE actual_completion END
				 WHERE id = :id""")
			.param("stage", stage.name())
			.param("progress", progress)
			.param("now", java.sql.Timestamp.from(now))
			.param("done", stage.done())
			.param("today", sqlDate(LocalDate.now(clock)))
			.param("id", id)
			.update();
		jdbc.sql("INSERT INTO project_update (project_id, reported_at, stage, progress, note, reason, reported_by) VALUES (:id, :at, :stage, :progress, :note, :reason, :by)")
			.param("id", id)
			.param("at", java.sql.Timestamp.from(now))
			.param("stage", stage.name())
			.param("progress", progress)
			.param("note", blank(note))
			.param("reason", blank(reason))
			.param("by", by)
			.update();
		audit.record("project", project.reference(), "progressed", project.areaPath(),
				Map.of("stage", project.stage(), "progress", project.progress()),
				reason == null || reason.isBlank() ? Map.of("stage", stage, "progress", progress) : Map.of("stage", stage, "progress", progress, "reason", reason));
		announce(id);
	}

	/** Records a month's expenditure; taking spending above the budget needs a reason. */
	public void recordExpenditure(Scope scope, long id, YearMonth month, BigDecimal amount, String reason, String by) {
		Project project = projects.find(scope, id);
		if (month == null) {
			throw new InvalidInput("month", "is required (YYYY-MM)");
		}
		if (month.isAfter(YearMonth.now(clock))) {
			throw new InvalidInput("month", month + " lies in the future");
		}
		if (amount == null || amount.signum() < 0) {
			throw new InvalidInput("amount", "must be an amount of 0 or more");
		}
		BigDecimal before = project.expenditure().stream().filter(e -> e.month().equals(month)).map(Expenditure::amount).findFirst().orElse(BigDecimal.ZERO);
		BigDecimal total = project.spent().subtract(before).add(amount);
		if (total.compareTo(project.budget()) > 0 && (reason == null || reason.isBlank())) {
			throw new InvalidInput("reason", "spending would reach R " + total.toPlainString() + ", above the budget of R "
					+ project.budget().toPlainString() + ": say why");
		}
		jdbc.sql("""
				INSERT INTO project_expenditure (project_id, month, amount, reason, recorded_by) VALUES (:id, :month, :amount, :reason, :by)
				ON CONFLICT (project_id, month) DO UPDATE SET amount = EXCLUDED.amount, reason = EXCLUDED.reason,
				       recorded_by = EXCLUDED.recorded_by, recorded_at = now()""")
			.param("id", id)
			.param("month", sqlDate(month.atDay(1)))
			.param("amount", amount)
			.param("reason", blank(reason))
			.param("by", by)
			.update();
		jdbc.sql("UPDATE project SET last_update_at = :now WHERE id = :id").param("now", java.sql.Timestamp.from(Instant.now(clock))).param("id", id).update();
		audit.record("project", project.reference(), "spent", project.areaPath(), Map.of("month", month.toString(), "amount", before),
				Map.of("month", month.toString(), "amount", amount));
		announce(id);
	}

	/** Sets the amount from a funding source in a financial year (0 removes it). */
	public void setFunding(Scope scope, long id, Funding funding, String by) {
		Project project = projects.find(scope, id);
		if (funding.amount() == null || funding.amount().signum() < 0) {
			throw new InvalidInput("amount", "must be an amount of 0 or more");
		}
		if (funding.financialYear() < 2000 || funding.financialYear() > 2100) {
			throw new InvalidInput("financialYear", "must be between 2000 and 2100");
		}
		if (funding.amount().signum() == 0) {
			jdbc.sql("DELETE FROM project_funding WHERE project_id = :id AND source = :source AND financial_year = :year")
				.param("id", id).param("source", funding.source().name()).param("year", funding.financialYear()).update();
		}
		else {
			fund(id, funding);
		}
		audit.record("project", project.reference(), "funded", project.areaPath(), null,
				Map.of("source", funding.source(), "financialYear", funding.yearLabel(), "amount", funding.amount()));
	}

	private void fund(long id, Funding f) {
		jdbc.sql("""
				INSERT INTO project_funding (project_id, source, financial_year, amount) VALUES (:id, :source, :year, :amount)
				ON CONFLICT (project_id, source, financial_year) DO UPDATE SET amount = EXCLUDED.amount""")
			.param("id", id)
			.param("source", f.source().name())
			.param("year", f.financialYear())
			.param("amount", f.amount())
			.update();
	}

	private void announce(long id) {
		Project p = projects.find(Scope.everything(), id);
		events.publishEvent(new ProjectProgressReported(p.id(), p.reference(), p.municipalityCode(), p.areaPath(), p.service().code(),
				p.stage().name(), p.progress(), p.households(), p.budget(), p.spent(), Instant.now(clock)));
	}

	private static java.sql.Date sqlDate(LocalDate date) {
		return date == null ? null : java.sql.Date.valueOf(date);
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
