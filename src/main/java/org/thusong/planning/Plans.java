package org.thusong.planning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationSummary;

/**
 * Strategic plans (IDP, stratejik plan) as trees: goals (key performance areas, amaçlar) →
 * objectives (hedefler) → activities (faaliyetler), each with a code unique in its plan;
 * objectives align to outcomes of the province and the nation, a list an administrator keeps.
 */
@Service
@Transactional(readOnly = true)
public class Plans {

	public enum Kind { IDP, STRATEGIC_PLAN }

	public enum Level { GOAL, OBJECTIVE, ACTIVITY }

	public record Plan(long id, String organisationCode, String areaPath, Kind kind, String title, int firstYear, int lastYear,
			boolean demo) {
	}

	/** A node of the tree with its children and the KPIs linked to it (an objective's include its activities'). */
	public record Item(long id, Long parentId, Level level, String code, String title, Long outcomeId, String outcomeCode,
			String outcomeTitle, int kpiCount, List<Item> children) {
	}

	public record Outcome(long id, String code, String title, String sphere, String areaPath) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	Plans(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional
	public Plan create(OrganisationSummary organisation, Kind kind, String title, int firstYear, int lastYear, boolean demo) {
		if (kind == null) {
			throw new InvalidInput("kind", "must be IDP or STRATEGIC_PLAN");
		}
		if (title == null || title.isBlank() || title.length() > 200) {
			throw new InvalidInput("title", "is required, at most 200 characters");
		}
		if (firstYear < 2000 || lastYear < firstYear || lastYear - firstYear > 9) {
			throw new InvalidInput("lastYear", "a plan runs from its first year for at most ten years");
		}
		long id = jdbc.sql("""
				INSERT INTO planning_plan (organisation_code, area_path, kind, title, first_year, last_year, demo)
				VALUES (:o, :p, :k, :t, :f, :l, :d) RETURNING id""")
			.param("o", organisation.code()).param("p", organisation.jurisdictionPath()).param("k", kind.name())
			.param("t", title.strip()).param("f", firstYear).param("l", lastYear).param("d", demo)
			.query(Long.class).single();
		audit.record("plan", id + "", "created", organisation.jurisdictionPath(), null,
				Map.of("title", title.strip(), "kind", kind.name(), "firstYear", firstYear, "lastYear", lastYear));
		return find(id).orElseThrow();
	}

	/** Adds a goal (no parent), an objective (under a goal) or an activity (under an objective). */
	@Transactional
	public long addItem(long planId, Long parentId, String code, String title, String outcomeCode, Scope scope) {
		Plan plan = get(planId, scope);
		String c = code == null ? "" : code.strip();
		if (c.isEmpty() || c.length() > 40) {
			throw new InvalidInput("code", "is required, at most 40 characters");
		}
		if (title == null || title.isBlank() || title.length() > 500) {
			throw new InvalidInput("title", "is required, at most 500 characters");
		}
		Level level = Level.GOAL;
		if (parentId != null) {
			Level parent = jdbc.sql("SELECT level FROM planning_plan_item WHERE id = :id AND plan_id = :p")
				.param("id", parentId).param("p", planId).query(String.class).optional().map(Level::valueOf)
				.orElseThrow(() -> new InvalidInput("parentId", "must be an item of this plan"));
			if (parent == Level.ACTIVITY) {
				throw new InvalidInput("parentId", "an activity cannot have children");
			}
			level = parent == Level.GOAL ? Level.OBJECTIVE : Level.ACTIVITY;
		}
		Long outcome = null;
		if (outcomeCode != null && !outcomeCode.isBlank()) {
			outcome = jdbc.sql("SELECT id FROM planning_outcome WHERE code = :c").param("c", outcomeCode.strip()).query(Long.class)
				.optional().orElseThrow(() -> new InvalidInput("outcomeCode", "must be the code of a listed outcome"));
		}
		if (jdbc.sql("SELECT count(*) FROM planning_plan_item WHERE plan_id = :p AND code = :c").param("p", planId).param("c", c)
			.query(Integer.class).single() > 0) {
			throw new Conflict("code", "code: '" + c + "' is already used in this plan");
		}
		long id = jdbc.sql("""
				INSERT INTO planning_plan_item (plan_id, parent_id, level, code, title, outcome_id, position)
				VALUES (:p, :parent, :l, :c, :t, :o, (SELECT count(*) FROM planning_plan_item WHERE plan_id = :p)) RETURNING id""")
			.param("p", planId).param("parent", parentId).param("l", level.name()).param("c", c).param("t", title.strip())
			.param("o", outcome).query(Long.class).single();
		audit.record("plan-item", id + "", "created", plan.areaPath(), null, Map.of("plan", planId, "code", c, "level", level.name()));
		return id;
	}

	public Optional<Plan> find(long id) {
		return jdbc.sql("SELECT * FROM planning_plan WHERE id = :id").param("id", id).query(Plans::plan).optional();
	}

	public Plan get(long id, Scope scope) {
		return find(id).filter(p -> scope.covers(p.areaPath())).orElseThrow(() -> new NotFound("No plan " + id));
	}

	public List<Plan> list(Scope scope) {
		return jdbc.sql("SELECT * FROM planning_plan WHERE area_path LIKE ANY (:p) ORDER BY organisation_code, first_year DESC LIMIT 500")
			.param("p", scope.likePatternArray()).query(Plans::plan).list();
	}

	/** The plan's goals with their objectives and activities, in order. */
	public List<Item> tree(long planId) {
		record Row(long id, Long parent, Level level, String code, String title, Long outcomeId, String outcomeCode,
				String outcomeTitle, int kpis) {
		}
		List<Row> rows = jdbc.sql("""
				SELECT i.id, i.parent_id, i.level, i.code, i.title, i.outcome_id, o.code AS oc, o.title AS ot,
				       (SELECT count(*) FROM planning_kpi k JOIN planning_sdbip s ON s.id = k.sdbip_id
				         JOIN planning_plan_item ki ON ki.id = k.objective_item_id
				         WHERE s.is_current AND (ki.id = i.id OR (ki.parent_id = i.id AND ki.level = 'ACTIVITY'))) AS kpis
				  FROM planning_plan_item i LEFT JOIN planning_outcome o ON o.id = i.outcome_id
				 WHERE i.plan_id = :p ORDER BY i.position, i.id""")
			.param("p", planId)
			.query((rs, n) -> new Row(rs.getLong(1), (Long) rs.getObject(2), Level.valueOf(rs.getString(3)), rs.getString(4),
					rs.getString(5), (Long) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getInt(9)))
			.list();
		Map<Long, List<Row>> byParent = new LinkedHashMap<>();
		for (Row r : rows) {
			byParent.computeIfAbsent(r.parent() == null ? -1L : r.parent(), k -> new ArrayList<>()).add(r);
		}
		java.util.function.Function<Long, List<Item>>[] build = new java.util.function.Function[1];
		build[0] = parent -> byParent.getOrDefault(parent, List.of()).stream()
			.map(r -> new Item(r.id(), r.parent(), r.level(), r.code(), r.title(), r.outcomeId(), r.outcomeCode(), r.outcomeTitle(),
					r.kpis(), build[0].apply(r.id())))
			.toList();
		return build[0].apply(-1L);
	}

	public List<Outcome> outcomes() {
		return jdbc.sql("SELECT id, code, title, sphere, area_path FROM planning_outcome ORDER BY sphere DESC, code")
			.query((rs, n) -> new Outcome(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
			.list();
	}

	/** Adds an outcome of the nation or a province to the list objectives align to. */
	@Transactional
	public Outcome addOutcome(String code, String title, String sphere, String areaPath) {
		String c = code == null ? "" : code.strip();
		if (c.isEmpty() || c.length() > 40) {
			throw new InvalidInput("code", "is required, at most 40 characters");
		}
		if (title == null || title.isBlank()) {
			throw new InvalidInput("title", "is required");
		}
		if (!"NATIONAL".equals(sphere) && !"PROVINCIAL".equals(sphere)) {
			throw new InvalidInput("sphere", "must be NATIONAL or PROVINCIAL");
		}
		if (areaPath == null || areaPath.isBlank()) {
			throw new InvalidInput("areaPath", "is required, e.g. ZA or ZA/EC");
		}
		if (jdbc.sql("SELECT count(*) FROM planning_outcome WHERE code = :c").param("c", c).query(Integer.class).single() > 0) {
			throw new Conflict("code", "code: outcome '" + c + "' exists already");
		}
		long id = jdbc.sql("INSERT INTO planning_outcome (code, title, sphere, area_path) VALUES (:c, :t, :s, :a) RETURNING id")
			.param("c", c).param("t", title.strip()).param("s", sphere).param("a", areaPath.strip()).query(Long.class).single();
		audit.record("outcome", c, "created", null, null, Map.of("code", c, "title", title.strip(), "sphere", sphere));
		return new Outcome(id, c, title.strip(), sphere, areaPath.strip());
	}

	static Plan plan(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Plan(rs.getLong("id"), rs.getString("organisation_code"), rs.getString("area_path"), Kind.valueOf(rs.getString("kind")),
				rs.getString("title"), rs.getInt("first_year"), rs.getInt("last_year"), rs.getBoolean("demo"));
	}
}
