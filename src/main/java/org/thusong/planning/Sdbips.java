package org.thusong.planning;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationSummary;

/**
 * The SDBIPs: creating one for a financial year (or a revision of it) from checked KPI rows,
 * and reading them with each KPI's targets, actuals and statuses. Each quarter of a new SDBIP
 * closes for capture 30 days after its end unless the PMS unit sets another date.
 */
@Service
@Transactional(readOnly = true)
public class Sdbips {

	/** What a revision records: why, who approved it (e.g. council resolution) and when. */
	public record Revision(String reason, String approvedBy, LocalDate approvedOn) {

		public Revision {
			if (reason == null || reason.isBlank()) {
				throw new InvalidInput("revisionReason", "is required for a revision");
			}
			if (approvedBy == null || approvedBy.isBlank()) {
				throw new InvalidInput("approvedBy", "is required for a revision: who approved it, e.g. council resolution 45/2026");
			}
			if (approvedOn == null) {
				throw new InvalidInput("approvedOn", "is required for a revision");
			}
		}
	}

	/** What an organisation asks: whether targets must agree with their type, and the partial band. */
	public record Settings(boolean requireConsistentTargets, BigDecimal partialBand) {
	}

	static final int CLOSE_AFTER_DAYS = 30;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate named;

	private final AuditTrail audit;

	private final PlanningClock clock;

	Sdbips(JdbcClient jdbc, NamedParameterJdbcTemplate named, AuditTrail audit, PlanningClock clock) {
		this.jdbc = jdbc;
		this.named = named;
		this.audit = audit;
		this.clock = clock;
	}

	public Settings settings(String organisationCode) {
		return jdbc.sql("SELECT require_consistent_targets, partial_band_percent FROM planning_setting WHERE organisation_code = :o")
			.param("o", organisationCode)
			.query((rs, n) -> new Settings(rs.getBoolean(1), rs.getBigDecimal(2).movePointLeft(2)))
			.optional()
			.orElse(new Settings(true, PerformanceRules.DEFAULT_BAND));
	}

	/**
	 * Creates the SDBIP of a financial year, or with a {@link Revision} a new version of it that
	 * becomes current while the earlier ones are kept.
	 *
	 * @throws Conflict when the year already has an SDBIP and no revision is given, or a revision
	 * is given for a year without one
	 */
	@Transactional
	public Sdbip create(OrganisationSummary organisation, int startYear, String title, List<KpiDraft> rows,
			Revision revision, boolean demo, String by) {
		FinancialYear year = FinancialYear.of(startYear, organisation.jurisdictionPath());
		if (rows.isEmpty()) {
			throw new InvalidInput("rows", "an SDBIP needs at least one KPI row");
		}
		Optional<Sdbip> existing = current(organisation.code(), startYear);
		if (existing.isPresent() && revision == null) {
			throw new Conflict("financialYear", "financialYear: " + organisation.name() + " already has an SDBIP for "
					+ year.label() + "; import the new one as a revision (reason, approved by, approved on)");
		}
		if (existing.isEmpty() && revision != null) {
			throw new Conflict("financialYear", "financialYear: there is no SDBIP for " + year.label() + " to revise");
		}
		int version = existing.map(s -> s.version() + 1).orElse(1);
		existing.ifPresent(s -> jdbc.sql("UPDATE planning_sdbip SET is_current = FALSE WHERE id = :id").param("id", s.id()).update());
		Long planId = jdbc.sql("""
				SELECT id FROM planning_plan WHERE organisation_code = :o AND first_year <= :y AND last_year >= :y
				 ORDER BY id DESC LIMIT 1""")
			.param("o", organisation.code())
			.param("y", startYear)
			.query(Long.class)
			.optional()
			.orElse(null);
		String name = title == null || title.isBlank() ? (year.startMonth() == 1 ? "Performans programı " : "SDBIP ") + year.label()
				: title.strip();
		long id = jdbc.sql("""
				INSERT INTO planning_sdbip (organisation_code, area_path, plan_id, financial_year, year_start_month, version,
				    is_current, title, revision_reason, approved_by, approved_at, created_by, created_at, demo)
				VALUES (:o, :path, :plan, :y, :m, :v, TRUE, :title, :reason, :approvedBy, :approvedAt, :by, :now, :demo)
				RETURNING id""")
			.param("o", organisation.code())
			.param("path", organisation.jurisdictionPath())
			.param("plan", planId)
			.param("y", startYear)
			.param("m", year.startMonth())
			.param("v", version)
			.param("title", name)
			.param("reason", revision == null ? null : revision.reason().strip())
			.param("approvedBy", revision == null ? null : revision.approvedBy().strip())
			.param("approvedAt", revision == null ? null : Timestamp.valueOf(revision.approvedOn().atStartOfDay()))
			.param("by", by)
			.param("now", Timestamp.from(clock.now()))
			.param("demo", demo)
			.query(Long.class)
			.single();
		for (int q = 1; q <= 4; q++) {
			jdbc.sql("INSERT INTO planning_quarter (sdbip_id, quarter, closes_on) VALUES (:s, :q, :d)")
				.param("s", id)
				.param("q", q)
				.param("d", year.quarterEnd(q).plusDays(CLOSE_AFTER_DAYS))
				.update();
		}
		Map<String, Long> objectives = planId == null ? Map.of() : objectiveIds(planId, rows);
		List<SqlParameterSource> batch = new ArrayList<>(rows.size());
		int position = 0;
		for (KpiDraft r : rows) {
			MapSqlParameterSource p = new MapSqlParameterSource();
			p.addValue("s", id).addValue("o", organisation.code()).addValue("path", organisation.jurisdictionPath())
				.addValue("ref", r.ref()).addValue("kpa", r.kpa()).addValue("objCode", r.objectiveCode())
				.addValue("obj", r.objective())
				.addValue("objId", r.objectiveCode() == null ? null : objectives.get(r.objectiveCode()))
				.addValue("indicator", r.indicator()).addValue("unit", r.unit()).addValue("baseline", r.baseline())
				.addValue("annual", r.annualTarget()).addValue("q1", r.q1()).addValue("q2", r.q2()).addValue("q3", r.q3())
				.addValue("q4", r.q4()).addValue("calc", r.calculationType().name()).addValue("dir", r.direction().name())
				.addValue("wards", r.wards()).addValue("dept", r.departmentCode()).addValue("resp", r.responsible())
				.addValue("vote", r.budgetVote()).addValue("amount", r.budgetAmount()).addValue("evidence", r.evidenceRequired())
				.addValue("top", r.topLayer()).addValue("topRef", r.topLayerRef()).addValue("pos", position++);
			batch.add(p);
		}
		named.batchUpdate("""
				INSERT INTO planning_kpi (sdbip_id, organisation_code, area_path, ref, kpa, objective_code, objective,
				    objective_item_id, indicator, unit, baseline, annual_target, q1_target, q2_target, q3_target, q4_target,
				    calculation_type, direction, wards, department_code, responsible, budget_vote, budget_amount,
				    evidence_required, top_layer, top_layer_ref, position)
				VALUES (:s, :o, :path, :ref, :kpa, :objCode, :obj, :objId, :indicator, :unit, :baseline, :annual, :q1, :q2,
				    :q3, :q4, :calc, :dir, :wards, :dept, :resp, :vote, :amount, :evidence, :top, :topRef, :pos)""",
				batch.toArray(SqlParameterSource[]::new));
		Map<String, Object> after = new HashMap<>();
		after.put("financialYear", year.label());
		after.put("version", version);
		after.put("kpis", rows.size());
		after.put("title", name);
		if (revision != null) {
			after.put("revisionReason", revision.reason());
			after.put("approvedBy", revision.approvedBy());
			after.put("approvedOn", revision.approvedOn().toString());
		}
		audit.record("sdbip", Long.toString(id), revision == null ? "created" : "revised", organisation.jurisdictionPath(),
				null, after);
		return find(id).orElseThrow();
	}

	/**
	 * The ids of the objectives (or activities) the rows name, adding to the plan the objectives
	 * it lacks, under their KPA.
	 */
	private Map<String, Long> objectiveIds(long planId, List<KpiDraft> rows) {
		Map<String, Long> ids = new HashMap<>();
		jdbc.sql("SELECT code, id FROM planning_plan_item WHERE plan_id = :p AND level IN ('OBJECTIVE', 'ACTIVITY')")
			.param("p", planId)
			.query((rs, n) -> ids.put(rs.getString(1), rs.getLong(2)))
			.list();
		Map<String, Long> goals = new HashMap<>();
		jdbc.sql("SELECT lower(title), id FROM planning_plan_item WHERE plan_id = :p AND level = 'GOAL'")
			.param("p", planId)
			.query((rs, n) -> goals.put(rs.getString(1), rs.getLong(2)))
			.list();
		for (KpiDraft r : rows) {
			if (r.objectiveCode() == null || ids.containsKey(r.objectiveCode())) {
				continue;
			}
			Long goal = null;
			if (r.kpa() != null) {
				goal = goals.get(r.kpa().toLowerCase());
				if (goal == null) {
					int n = goals.size() + 1;
					String code = "KPA" + n;
					while (jdbc.sql("SELECT count(*) FROM planning_plan_item WHERE plan_id = :p AND code = :c").param("p", planId)
						.param("c", code).query(Integer.class).single() > 0) {
						code = "KPA" + (++n);
					}
					goal = jdbc.sql("""
							INSERT INTO planning_plan_item (plan_id, level, code, title, position)
							VALUES (:p, 'GOAL', :c, :t, :n) RETURNING id""")
						.param("p", planId).param("c", code).param("t", r.kpa()).param("n", n)
						.query(Long.class).single();
					goals.put(r.kpa().toLowerCase(), goal);
				}
			}
			long id = jdbc.sql("""
					INSERT INTO planning_plan_item (plan_id, parent_id, level, code, title, position)
					VALUES (:p, :parent, 'OBJECTIVE', :c, :t, :n) RETURNING id""")
				.param("p", planId).param("parent", goal).param("c", r.objectiveCode())
				.param("t", r.objective() == null ? r.objectiveCode() : r.objective()).param("n", ids.size() + 1)
				.query(Long.class).single();
			ids.put(r.objectiveCode(), id);
		}
		return ids;
	}

	/** Adds a vote (or project) of the budget the SDBIP implements, for the alignment check. */
	@Transactional
	public void addBudgetVote(long sdbipId, String vote, String description, BigDecimal amount, Scope scope) {
		Sdbip sdbip = get(sdbipId, scope);
		if (vote == null || vote.isBlank() || vote.length() > 100) {
			throw new InvalidInput("vote", "is required, at most 100 characters");
		}
		int added = jdbc.sql("INSERT INTO planning_budget_vote (sdbip_id, vote, description, amount) VALUES (:s, :v, :d, :a) ON CONFLICT DO NOTHING")
			.param("s", sdbipId).param("v", vote.strip()).param("d", description).param("a", amount).update();
		if (added == 0) {
			throw new Conflict("vote", "vote: '" + vote.strip() + "' is already listed");
		}
		audit.record("sdbip", sdbipId + "", "budget vote added", sdbip.areaPath(), null, Map.of("vote", vote.strip()));
	}

	private static final String SDBIP_COLUMNS = """
			s.*, (SELECT count(*) FROM planning_kpi k WHERE k.sdbip_id = s.id) AS kpi_count""";

	public Optional<Sdbip> find(long id) {
		return jdbc.sql("SELECT " + SDBIP_COLUMNS + " FROM planning_sdbip s WHERE id = :id").param("id", id).query(Sdbips::sdbip).optional();
	}

	/** The SDBIP inside the scope, or {@link NotFound}. */
	public Sdbip get(long id, Scope scope) {
		return find(id).filter(s -> scope.covers(s.areaPath())).orElseThrow(() -> new NotFound("No SDBIP " + id));
	}

	public Optional<Sdbip> current(String organisationCode, int startYear) {
		return jdbc.sql("SELECT " + SDBIP_COLUMNS + " FROM planning_sdbip s WHERE organisation_code = :o AND financial_year = :y AND is_current")
			.param("o", organisationCode)
			.param("y", startYear)
			.query(Sdbips::sdbip)
			.optional();
	}

	/** Every version of an organisation's SDBIPs for a year, newest first. */
	public List<Sdbip> versions(String organisationCode, int startYear) {
		return jdbc.sql("SELECT " + SDBIP_COLUMNS + " FROM planning_sdbip s WHERE organisation_code = :o AND financial_year = :y ORDER BY version DESC")
			.param("o", organisationCode)
			.param("y", startYear)
			.query(Sdbips::sdbip)
			.list();
	}

	/** The SDBIPs in scope, newest year first, current versions only unless {@code allVersions}. */
	public PageOf<Sdbip> page(Scope scope, String organisationCode, boolean allVersions, PageRequestOf request) {
		String where = " WHERE s.area_path LIKE ANY (:patterns) AND (CAST(:o AS text) IS NULL OR s.organisation_code = :o)"
				+ (allVersions ? "" : " AND s.is_current");
		long total = jdbc.sql("SELECT count(*) FROM planning_sdbip s" + where)
			.param("patterns", scope.likePatternArray())
			.param("o", organisationCode)
			.query(Long.class)
			.single();
		List<Sdbip> items = jdbc.sql("SELECT " + SDBIP_COLUMNS + " FROM planning_sdbip s" + where
				+ " ORDER BY s.financial_year DESC, s.organisation_code, s.version DESC LIMIT :limit OFFSET :offset")
			.param("patterns", scope.likePatternArray())
			.param("o", organisationCode)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Sdbips::sdbip)
			.list();
		return new PageOf<>(items, request.page(), request.size(), total);
	}

	/**
	 * A KPI row with the code and title of the plan item it serves and the title of that item's
	 * goal as the plan has them now, so an edited or moved item is what every page, report and
	 * export shows; the workbook's own texts only for a row that names no item of the plan.
	 */
	private static final String KPI_SELECT = """
			SELECT k.*, i.code AS item_code, i.title AS item_title, g.title AS item_kpa
			  FROM planning_kpi k
			  LEFT JOIN planning_plan_item i ON i.id = k.objective_item_id
			  LEFT JOIN planning_plan_item o ON o.id = CASE WHEN i.level = 'ACTIVITY' THEN i.parent_id ELSE i.id END
			  LEFT JOIN planning_plan_item g ON g.id = o.parent_id AND g.level = 'GOAL'""";

	public List<Kpi> kpis(long sdbipId) {
		return jdbc.sql(KPI_SELECT + " WHERE k.sdbip_id = :s ORDER BY k.position").param("s", sdbipId).query(Sdbips::kpi).list();
	}

	public Optional<Kpi> kpi(long id) {
		return jdbc.sql(KPI_SELECT + " WHERE k.id = :id").param("id", id).query(Sdbips::kpi).optional();
	}

	/** The KPI inside the scope, or {@link NotFound}. */
	public Kpi kpi(long id, Scope scope) {
		return kpi(id).filter(k -> scope.covers(k.areaPath())).orElseThrow(() -> new NotFound("No KPI " + id));
	}

	/** Every KPI of the SDBIP with its quarters and year as of today. */
	public List<KpiPerformance> performance(Sdbip sdbip) {
		return performance(sdbip, kpis(sdbip.id()), clock.today());
	}

	/** As {@link #performance(Sdbip)}, judged as if on another day (reports of a past quarter). */
	public List<KpiPerformance> performance(Sdbip sdbip, List<Kpi> kpis, LocalDate asOf) {
		Map<Long, Actual[]> byKpi = new HashMap<>();
		jdbc.sql("SELECT * FROM planning_actual WHERE sdbip_id = :s").param("s", sdbip.id())
			.query(Actuals::restore)
			.list()
			.forEach(a -> byKpi.computeIfAbsent(a.kpiId(), k -> new Actual[4])[a.quarter() - 1] = a);
		BigDecimal band = settings(sdbip.organisationCode()).partialBand();
		int ended = sdbip.year().quartersEndedBy(asOf);
		List<KpiPerformance> result = new ArrayList<>(kpis.size());
		for (Kpi kpi : kpis) {
			result.add(performanceOf(kpi, byKpi.getOrDefault(kpi.id(), new Actual[4]), ended, band));
		}
		return result;
	}

	public KpiPerformance performance(Kpi kpi) {
		Sdbip sdbip = find(kpi.sdbipId()).orElseThrow();
		return performance(sdbip, List.of(kpi), clock.today()).get(0);
	}

	static KpiPerformance performanceOf(Kpi kpi, Actual[] actuals, int ended, BigDecimal band) {
		List<KpiPerformance.QuarterResult> quarters = new ArrayList<>(4);
		List<BigDecimal> values = new ArrayList<>(4);
		for (int q = 1; q <= 4; q++) {
			Actual a = actuals[q - 1];
			BigDecimal value = a == null ? null : a.value();
			values.add(value);
			KpiStatus status = PerformanceRules.quarterStatus(kpi.calculationType(), kpi.direction(), kpi.target(q), value,
					q <= ended, band);
			quarters.add(new KpiPerformance.QuarterResult(q, kpi.target(q), value, a == null ? null : a.state(), status,
					a == null ? null : a.id(), a == null ? null : a.varianceReason(), a == null ? null : a.correctiveMeasure()));
		}
		PerformanceRules.YearResult year = PerformanceRules.year(kpi.calculationType(), kpi.direction(), kpi.annualTarget(),
				kpi.quarterTargets(), values, ended, band);
		return new KpiPerformance(kpi, quarters, year);
	}

	static Sdbip sdbip(ResultSet rs, int row) throws SQLException {
		Timestamp approved = rs.getTimestamp("approved_at");
		Long plan = (Long) rs.getObject("plan_id");
		return new Sdbip(rs.getLong("id"), rs.getString("organisation_code"), rs.getString("area_path"),
				plan, new FinancialYear(rs.getInt("financial_year"), rs.getInt("year_start_month")),
				rs.getInt("version"), rs.getBoolean("is_current"), rs.getString("title"), rs.getString("revision_reason"),
				rs.getString("approved_by"), approved == null ? null : approved.toInstant(), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getBoolean("demo"), rs.getInt("kpi_count"));
	}

	static Kpi kpi(ResultSet rs, int row) throws SQLException {
		long objective = rs.getLong("objective_item_id");
		Long objectiveId = rs.wasNull() ? null : objective;
		String itemCode = rs.getString("item_code");
		String kpa = itemCode == null || rs.getString("item_kpa") == null ? rs.getString("kpa") : rs.getString("item_kpa");
		return new Kpi(rs.getLong("id"), rs.getLong("sdbip_id"), rs.getString("organisation_code"), rs.getString("area_path"),
				rs.getString("ref"), kpa, itemCode == null ? rs.getString("objective_code") : itemCode,
				itemCode == null ? rs.getString("objective") : rs.getString("item_title"), objectiveId,
				rs.getString("indicator"), rs.getString("unit"), n(rs, "baseline"), n(rs, "annual_target"), n(rs, "q1_target"),
				n(rs, "q2_target"), n(rs, "q3_target"), n(rs, "q4_target"), CalculationType.valueOf(rs.getString("calculation_type")),
				Direction.valueOf(rs.getString("direction")), rs.getString("wards"), rs.getString("department_code"),
				rs.getString("responsible"), rs.getString("budget_vote"), n(rs, "budget_amount"), rs.getString("evidence_required"),
				rs.getBoolean("top_layer"), rs.getString("top_layer_ref"));
	}

	private static BigDecimal n(ResultSet rs, String column) throws SQLException {
		return PerformanceRules.normal(rs.getBigDecimal(column));
	}

	static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
