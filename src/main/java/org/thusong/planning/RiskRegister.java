package org.thusong.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;

/**
 * The risk register: risks to the strategic objectives, each with likelihood and impact from 1
 * to 5 before controls (inherent rating = likelihood × impact) and after them (residual), its
 * controls, owner, actions and due date; reviewed each quarter. The heat map counts risks by
 * residual likelihood and impact.
 */
@Service
@Transactional
public class RiskRegister {

	public record Risk(long id, String organisationCode, String objectiveCode, String title, int likelihood, int impact,
			int residualLikelihood, int residualImpact, String controls, String owner, String actions, LocalDate dueOn,
			Instant lastReviewedAt, String lastReviewedBy, boolean demo) {

		public int inherent() {
			return likelihood * impact;
		}

		public int residual() {
			return residualLikelihood * residualImpact;
		}

		/** high (15 and over), medium (8 to 14) or low, on the residual rating. */
		public String band() {
			return residual() >= 15 ? "high" : residual() >= 8 ? "medium" : "low";
		}
	}

	public record Draft(String objectiveCode, String title, Integer likelihood, Integer impact, Integer residualLikelihood,
			Integer residualImpact, String controls, String owner, String actions, LocalDate dueOn) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final PlanningClock clock;

	RiskRegister(JdbcClient jdbc, AuditTrail audit, PlanningClock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public long add(OrganisationSummary organisation, Draft d, boolean demo, ThusongUser me) {
		if (me != null && !me.has(Role.PMS_OFFICER) && !me.has(Role.MANAGER) && !me.has(Role.ADMIN)) {
			throw new WorkflowStepRefused("role", "only the PMS unit, a manager or an administrator may add a risk");
		}
		if (d.title() == null || d.title().isBlank() || d.title().length() > 500) {
			throw new InvalidInput("title", "is required, at most 500 characters");
		}
		if (d.owner() == null || d.owner().isBlank()) {
			throw new InvalidInput("owner", "is required");
		}
		int l = rating("likelihood", d.likelihood());
		int i = rating("impact", d.impact());
		int rl = rating("residualLikelihood", d.residualLikelihood());
		int ri = rating("residualImpact", d.residualImpact());
		Long objective = null;
		if (d.objectiveCode() != null && !d.objectiveCode().isBlank()) {
			objective = jdbc.sql("""
					SELECT i.id FROM planning_plan_item i JOIN planning_plan p ON p.id = i.plan_id
					 WHERE p.organisation_code = :o AND i.code = :c AND i.level = 'OBJECTIVE' ORDER BY p.first_year DESC LIMIT 1""")
				.param("o", organisation.code()).param("c", d.objectiveCode().strip()).query(Long.class).optional()
				.orElseThrow(() -> new InvalidInput("objectiveCode", "must be the code of an objective in the organisation's plan"));
		}
		long id = jdbc.sql("""
				INSERT INTO planning_risk (organisation_code, area_path, objective_item_id, title, likelihood, impact,
				    residual_likelihood, residual_impact, controls, owner, actions, due_on, demo)
				VALUES (:o, :p, :obj, :t, :l, :i, :rl, :ri, :c, :owner, :a, :due, :demo) RETURNING id""")
			.param("o", organisation.code()).param("p", organisation.jurisdictionPath()).param("obj", objective)
			.param("t", d.title().strip()).param("l", l).param("i", i).param("rl", rl).param("ri", ri)
			.param("c", d.controls()).param("owner", d.owner().strip()).param("a", d.actions()).param("due", d.dueOn())
			.param("demo", demo).query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("title", d.title().strip());
		after.put("inherent", l * i);
		after.put("residual", rl * ri);
		audit.record("risk", id + "", "created", organisation.jurisdictionPath(), null, after);
		return id;
	}

	/** Records the quarter's review: the residual ratings now. */
	public void review(long riskId, Integer residualLikelihood, Integer residualImpact, ThusongUser me) {
		Risk risk = get(riskId, me.scope());
		if (!me.has(Role.PMS_OFFICER) && !me.has(Role.MANAGER) && !me.has(Role.AUDITOR)) {
			throw new WorkflowStepRefused("role", "only the PMS unit, a manager or an auditor may review a risk");
		}
		int rl = rating("residualLikelihood", residualLikelihood);
		int ri = rating("residualImpact", residualImpact);
		jdbc.sql("""
				UPDATE planning_risk SET residual_likelihood = :rl, residual_impact = :ri, last_reviewed_at = :at,
				    last_reviewed_by = :by WHERE id = :id""")
			.param("rl", rl).param("ri", ri).param("at", Timestamp.from(clock.now())).param("by", me.getUsername())
			.param("id", riskId).update();
		audit.record("risk", riskId + "", "reviewed", areaPath(riskId), Map.of("residual", risk.residual()), Map.of("residual", rl * ri));
	}

	@Transactional(readOnly = true)
	public List<Risk> list(String organisationCode, Scope scope) {
		return jdbc.sql(SELECT + " WHERE r.organisation_code = :o AND r.area_path LIKE ANY (:p) ORDER BY r.residual_likelihood * r.residual_impact DESC, r.id")
			.param("o", organisationCode).param("p", scope.likePatternArray()).query(RiskRegister::risk).list();
	}

	@Transactional(readOnly = true)
	public Risk get(long id, Scope scope) {
		return jdbc.sql(SELECT + " WHERE r.id = :id AND r.area_path LIKE ANY (:p)").param("id", id).param("p", scope.likePatternArray())
			.query(RiskRegister::risk).optional().orElseThrow(() -> new NotFound("No risk " + id));
	}

	/** Residual heat map: {@code map[likelihood - 1][impact - 1]} counts risks. */
	public static int[][] heatMap(List<Risk> risks) {
		int[][] map = new int[5][5];
		for (Risk r : risks) {
			map[r.residualLikelihood() - 1][r.residualImpact() - 1]++;
		}
		return map;
	}

	private String areaPath(long id) {
		return jdbc.sql("SELECT area_path FROM planning_risk WHERE id = :id").param("id", id).query(String.class).single();
	}

	private static int rating(String field, Integer value) {
		if (value == null || value < 1 || value > 5) {
			throw new InvalidInput(field, "must be a whole number from 1 to 5");
		}
		return value;
	}

	private static final String SELECT = """
			SELECT r.*, i.code AS objective_code FROM planning_risk r LEFT JOIN planning_plan_item i ON i.id = r.objective_item_id""";

	static Risk risk(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		java.sql.Date due = rs.getDate("due_on");
		Timestamp reviewed = rs.getTimestamp("last_reviewed_at");
		return new Risk(rs.getLong("id"), rs.getString("organisation_code"), rs.getString("objective_code"), rs.getString("title"),
				rs.getInt("likelihood"), rs.getInt("impact"), rs.getInt("residual_likelihood"), rs.getInt("residual_impact"),
				rs.getString("controls"), rs.getString("owner"), rs.getString("actions"), due == null ? null : due.toLocalDate(),
				reviewed == null ? null : reviewed.toInstant(), rs.getString("last_reviewed_by"), rs.getBoolean("demo"));
	}
}
