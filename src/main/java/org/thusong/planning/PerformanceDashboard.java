package org.thusong.planning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.Scope;

/**
 * KPIs by status: per quarter, per department, per objective (a KPI of an activity counts under the
 * activity's objective, as the plan has it now) and per organisation, for one
 * organisation or rolled up across every organisation in a district's or province's scope, for a
 * financial year (current SDBIP versions only).
 */
@Service
@Transactional(readOnly = true)
public class PerformanceDashboard {

	/** Counts by status under a label (a quarter, department, objective or organisation). */
	public record Group(String label, Map<KpiStatus, Integer> counts) {

		public int count(KpiStatus status) {
			return counts.getOrDefault(status, 0);
		}

		public int total() {
			return counts.values().stream().mapToInt(Integer::intValue).sum();
		}
	}

	public record Figures(int startYear, int kpis, int sdbips, List<Group> byQuarter, Group year, List<Group> byDepartment,
			List<Group> byObjective, List<Group> byOrganisation) {
	}

	private final Sdbips sdbips;

	private final JdbcClient jdbc;

	PerformanceDashboard(Sdbips sdbips, JdbcClient jdbc) {
		this.sdbips = sdbips;
		this.jdbc = jdbc;
	}

	/** @param organisationCode one organisation, or {@code null} for all in scope */
	public Figures figures(Scope scope, String organisationCode, int startYear) {
		List<Long> ids = jdbc.sql("""
				SELECT id FROM planning_sdbip WHERE is_current AND financial_year = :y AND area_path LIKE ANY (:p)
				   AND (CAST(:o AS text) IS NULL OR organisation_code = :o) ORDER BY organisation_code""")
			.param("y", startYear).param("p", scope.likePatternArray()).param("o", organisationCode)
			.query(Long.class).list();
		List<Group> quarters = new ArrayList<>();
		List<Map<KpiStatus, Integer>> q = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			q.add(new EnumMap<>(KpiStatus.class));
		}
		Map<KpiStatus, Integer> year = new EnumMap<>(KpiStatus.class);
		Map<String, Map<KpiStatus, Integer>> departments = new TreeMap<>();
		Map<String, Map<KpiStatus, Integer>> objectives = new TreeMap<>();
		Map<String, Map<KpiStatus, Integer>> organisations = new TreeMap<>();
		int kpis = 0;
		for (long id : ids) {
			Sdbip sdbip = sdbips.find(id).orElseThrow();
			Map<Long, String> objectiveOf = objectiveLabels(id);
			for (KpiPerformance p : sdbips.performance(sdbip)) {
				kpis++;
				for (int i = 0; i < 4; i++) {
					q.get(i).merge(p.quarters().get(i).status(), 1, Integer::sum);
				}
				KpiStatus s = p.year().status();
				year.merge(s, 1, Integer::sum);
				departments.computeIfAbsent(label(p.kpi().departmentCode()), k -> new EnumMap<>(KpiStatus.class)).merge(s, 1, Integer::sum);
				String objective = p.kpi().objectiveItemId() != null ? objectiveOf.get(p.kpi().objectiveItemId())
						: p.kpi().objectiveCode() == null ? "–"
						: p.kpi().objectiveCode() + (p.kpi().objective() == null ? "" : " " + p.kpi().objective());
				objectives.computeIfAbsent(objective, k -> new EnumMap<>(KpiStatus.class)).merge(s, 1, Integer::sum);
				organisations.computeIfAbsent(sdbip.organisationCode(), k -> new EnumMap<>(KpiStatus.class)).merge(s, 1, Integer::sum);
			}
		}
		for (int i = 0; i < 4; i++) {
			quarters.add(new Group("Q" + (i + 1), q.get(i)));
		}
		return new Figures(startYear, kpis, ids.size(), quarters, new Group("year", year), groups(departments), groups(objectives),
				groups(organisations));
	}

	/** "code title" of the objective each plan item KPIs of the SDBIP serve belongs to (an activity's: its objective). */
	private Map<Long, String> objectiveLabels(long sdbipId) {
		Map<Long, String> labels = new java.util.HashMap<>();
		jdbc.sql("""
				SELECT i.id, o.code, o.title FROM planning_plan_item i
				  JOIN planning_plan_item o ON o.id = CASE WHEN i.level = 'ACTIVITY' THEN i.parent_id ELSE i.id END
				 WHERE i.id IN (SELECT objective_item_id FROM planning_kpi WHERE sdbip_id = :s)""")
			.param("s", sdbipId)
			.query((rs, n) -> labels.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3)))
			.list();
		return labels;
	}

	private static String label(String text) {
		return text == null ? "–" : text;
	}

	private static List<Group> groups(Map<String, Map<KpiStatus, Integer>> map) {
		return map.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
	}
}
