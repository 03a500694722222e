package org.thusong.planning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the plan, the SDBIP and the budget speak to each other: objectives of the plan with no
 * KPI (on the objective or one of its activities); KPIs with no objective, no target, no budget or no evidence defined; top-layer KPIs whose
 * departmental KPIs (those that name it in "adds up to") do not add up to its annual target
 * (cumulative ones: the sum; others: each departmental target must reach it); budget votes of the
 * SDBIP's budget list with no KPI.
 */
@Service
@Transactional(readOnly = true)
public class AlignmentChecks {

	public enum Check { OBJECTIVE_WITHOUT_KPI, KPI_WITHOUT_OBJECTIVE, KPI_WITHOUT_TARGET, KPI_WITHOUT_BUDGET,
		KPI_WITHOUT_EVIDENCE, TOP_LAYER_NOT_ADDING_UP, BUDGET_VOTE_WITHOUT_KPI;

		public String messageKey() {
			return "planning.check." + name().toLowerCase(Locale.ROOT);
		}
	}

	/** One problem: which check, what it is about (a KPI ref, objective or vote code), details, and the KPI to fix if any. */
	public record Problem(Check check, String subject, String detail, Long kpiId) {
	}

	private final Sdbips sdbips;

	private final JdbcClient jdbc;

	AlignmentChecks(Sdbips sdbips, JdbcClient jdbc) {
		this.sdbips = sdbips;
		this.jdbc = jdbc;
	}

	public List<Problem> problems(Sdbip sdbip) {
		List<Problem> problems = new ArrayList<>();
		List<Kpi> kpis = sdbips.kpis(sdbip.id());
		if (sdbip.planId() != null) {
			jdbc.sql("""
					SELECT i.code, i.title FROM planning_plan_item i
					 WHERE i.plan_id = :p AND i.level = 'OBJECTIVE'
					   AND NOT EXISTS (SELECT 1 FROM planning_kpi k JOIN planning_plan_item ki ON ki.id = k.objective_item_id
					                    WHERE k.sdbip_id = :s AND (ki.id = i.id OR ki.parent_id = i.id))
					 ORDER BY i.position, i.id""")
				.param("p", sdbip.planId()).param("s", sdbip.id())
				.query((rs, n) -> problems.add(new Problem(Check.OBJECTIVE_WITHOUT_KPI, rs.getString(1), rs.getString(2), null)))
				.list();
		}
		Map<String, Kpi> byRef = new HashMap<>();
		Map<String, List<Kpi>> contributors = new HashMap<>();
		for (Kpi k : kpis) {
			byRef.put(k.ref().toUpperCase(Locale.ROOT), k);
			if (k.topLayerRef() != null) {
				contributors.computeIfAbsent(k.topLayerRef().toUpperCase(Locale.ROOT), r -> new ArrayList<>()).add(k);
			}
		}
		for (Kpi k : kpis) {
			if (k.objectiveItemId() == null) {
				problems.add(new Problem(Check.KPI_WITHOUT_OBJECTIVE, k.ref(), k.objectiveCode() == null ? "" : k.objectiveCode(), k.id()));
			}
			if (k.annualTarget() == null) {
				problems.add(new Problem(Check.KPI_WITHOUT_TARGET, k.ref(), "", k.id()));
			}
			if (blank(k.budgetVote()) && k.budgetAmount() == null) {
				problems.add(new Problem(Check.KPI_WITHOUT_BUDGET, k.ref(), "", k.id()));
			}
			if (blank(k.evidenceRequired())) {
				problems.add(new Problem(Check.KPI_WITHOUT_EVIDENCE, k.ref(), "", k.id()));
			}
		}
		for (Map.Entry<String, List<Kpi>> e : contributors.entrySet()) {
			Kpi top = byRef.get(e.getKey());
			if (top == null || top.annualTarget() == null) {
				continue;
			}
			if (top.calculationType() == CalculationType.CUMULATIVE) {
				BigDecimal sum = e.getValue().stream().map(Kpi::annualTarget).filter(java.util.Objects::nonNull)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				if (sum.compareTo(top.annualTarget()) != 0) {
					problems.add(new Problem(Check.TOP_LAYER_NOT_ADDING_UP, top.ref(), PerformanceRules.normal(sum).toPlainString()
							+ " ≠ " + top.annualTarget().toPlainString(), top.id()));
				}
			}
		}
		jdbc.sql("""
				SELECT v.vote, v.description FROM planning_budget_vote v
				 WHERE v.sdbip_id = :s AND NOT EXISTS (SELECT 1 FROM planning_kpi k WHERE k.sdbip_id = :s AND upper(k.budget_vote) = upper(v.vote))
				 ORDER BY v.vote""")
			.param("s", sdbip.id())
			.query((rs, n) -> problems.add(new Problem(Check.BUDGET_VOTE_WITHOUT_KPI, rs.getString(1), rs.getString(2), null)))
			.list();
		return problems;
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
