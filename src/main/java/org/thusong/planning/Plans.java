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
		Long outcome = outcomeId(outcomeCode);
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

	/** What an item reads as, for the edit form and the audit trail. */
	public record ItemDetail(long id, long planId, Long parentId, Level level, String code, String title, String outcomeCode) {

		/** The level an item of this level may sit under, {@code null} for a goal. */
		public Level parentLevel() {
			return level == Level.GOAL ? null : level == Level.OBJECTIVE ? Level.GOAL : Level.OBJECTIVE;
		}
	}

	/** The item of the plan inside the scope, or {@link NotFound}. */
	public ItemDetail item(long planId, long itemId, Scope scope) {
		get(planId, scope);
		return jdbc.sql("""
				SELECT i.id, i.plan_id, i.parent_id, i.level, i.code, i.title, o.code
				  FROM planning_plan_item i LEFT JOIN planning_outcome o ON o.id = i.outcome_id
				 WHERE i.id = :id AND i.plan_id = :p""")
			.param("id", itemId).param("p", planId)
			.query((rs, n) -> new ItemDetail(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), Level.valueOf(rs.getString(4)),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.optional()
			.orElseThrow(() -> new NotFound("No item " + itemId + " in plan " + planId));
	}

	/**
	 * Corrects an item's code, title and the outcome it aligns to. The code stays unique in the
	 * plan; KPIs, risks and children refer to the item by id, so they follow the change.
	 */
	@Transactional
	public ItemDetail editItem(long planId, long itemId, String code, String title, String outcomeCode, Scope scope) {
		Plan plan = get(planId, scope);
		ItemDetail before = item(planId, itemId, scope);
		String c = code == null ? "" : code.strip();
		if (c.isEmpty() || c.length() > 40) {
			throw new InvalidInput("code", "is required, at most 40 characters");
		}
		if (title == null || title.isBlank() || title.length() > 500) {
			throw new InvalidInput("title", "is required, at most 500 characters");
		}
		Long outcome = outcomeId(outcomeCode);
		if (jdbc.sql("SELECT count(*) FROM planning_plan_item WHERE plan_id = :p AND code = :c AND id <> :id").param("p", planId)
			.param("c", c).param("id", itemId).query(Integer.class).single() > 0) {
			throw new Conflict("code", "code: '" + c + "' is already used in this plan");
		}
		jdbc.sql("UPDATE planning_plan_item SET code = :c, title = :t, outcome_id = :o WHERE id = :id")
			.param("c", c).param("t", title.strip()).param("o", outcome).param("id", itemId).update();
		ItemDetail after = item(planId, itemId, scope);
		if (!after.equals(before)) {
			audit.record("plan-item", itemId + "", "updated", plan.areaPath(), state(before), state(after));
		}
		return after;
	}

	/**
	 * Files an objective under another goal or an activity under another objective of the same
	 * plan; its children move with it. A goal stays at the top.
	 */
	@Transactional
	public ItemDetail moveItem(long planId, long itemId, Long parentId, Scope scope) {
		Plan plan = get(planId, scope);
		ItemDetail before = item(planId, itemId, scope);
		if (before.level() == Level.GOAL) {
			throw new InvalidInput("parentId", "a goal (key performance area) is the top of the plan and sits under nothing");
		}
		if (parentId == null) {
			throw new InvalidInput("parentId", "is required: the " + before.parentLevel().name().toLowerCase() + " to move it under");
		}
		ItemDetail parent = jdbc.sql("SELECT id, level, code, title FROM planning_plan_item WHERE id = :id AND plan_id = :p")
			.param("id", parentId).param("p", planId)
			.query((rs, n) -> new ItemDetail(rs.getLong(1), planId, null, Level.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4), null))
			.optional()
			.orElseThrow(() -> new InvalidInput("parentId", "must be an item of this plan: an item moves only within its own plan"));
		if (parent.level() != before.parentLevel()) {
			throw new InvalidInput("parentId", "an objective moves under a goal (key performance area), an activity under an objective; "
					+ parent.code() + " is " + article(parent.level()));
		}
		if (parentId.equals(before.parentId())) {
			return before;
		}
		jdbc.sql("""
				UPDATE planning_plan_item SET parent_id = :parent,
				       position = (SELECT coalesce(max(position), 0) + 1 FROM planning_plan_item WHERE plan_id = :p)
				 WHERE id = :id""")
			.param("parent", parentId).param("p", planId).param("id", itemId).update();
		String oldParent = before.parentId() == null ? null
				: jdbc.sql("SELECT code FROM planning_plan_item WHERE id = :id").param("id", before.parentId()).query(String.class).single();
		Map<String, Object> from = new LinkedHashMap<>();
		from.put("code", before.code());
		from.put("parentId", before.parentId());
		from.put("parent", oldParent);
		audit.record("plan-item", itemId + "", "moved", plan.areaPath(), from,
				Map.of("code", before.code(), "parentId", parentId, "parent", parent.code()));
		return item(planId, itemId, scope);
	}

	private static String article(Level level) {
		return switch (level) {
			case GOAL -> "a goal";
			case OBJECTIVE -> "an objective";
			case ACTIVITY -> "an activity";
		};
	}

	private static Map<String, Object> state(ItemDetail item) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", item.code());
		state.put("title", item.title());
		state.put("outcomeCode", item.outcomeCode());
		return state;
	}

	private Long outcomeId(String outcomeCode) {
		if (outcomeCode == null || outcomeCode.isBlank()) {
			return null;
		}
		return jdbc.sql("SELECT id FROM planning_outcome WHERE code = :c").param("c", outcomeCode.strip()).query(Long.class)
			.optional().orElseThrow(() -> new InvalidInput("outcomeCode", "must be the code of a listed outcome"));
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
