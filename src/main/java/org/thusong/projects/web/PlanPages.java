package org.thusong.projects.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.backlogs.BasicService;
import org.thusong.core.Attachment;
import org.thusong.core.Conflict;
import org.thusong.core.CsvField;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.core.TableWorkbook;
import org.thusong.projects.Criterion;
import org.thusong.projects.InvestmentPlan;
import org.thusong.projects.InvestmentPlanner;

/** The investment plan: weights (an admin sets them), a budget, the chosen projects and the runners-up; exports. */
@Controller
class PlanPages {

	static final List<String> HEADER = List.of("rank", "reference", "title", "municipality", "service", "stage", "households",
			"households_below_norm_reached", "households_per_million_rand", "requests_12_months", "growth_potential", "budget", "score", "chosen");

	private final InvestmentPlanner planner;

	PlanPages(InvestmentPlanner planner) {
		this.planner = planner;
	}

	@GetMapping("/projects/plan")
	String plan(Scope scope, @RequestParam(required = false) String budget, @RequestParam(required = false) String service, Model model,
			jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response) {
		model.addAttribute("weights", planner.weights());
		model.addAttribute("criteria", Criterion.values());
		model.addAttribute("canWeigh", request.isUserInRole("ADMIN") && scope.unrestricted());
		model.addAttribute("budget", budget == null ? "" : budget);
		model.addAttribute("service", service == null ? "" : service);
		model.addAttribute("services", BasicService.values());
		if (budget != null) {
			try {
				model.addAttribute("plan", plan(scope, budget, service));
			}
			catch (InvalidInput | Conflict e) {
				response.setStatus(e instanceof Conflict ? 409 : 400);
				model.addAttribute("error", e.getMessage());
			}
		}
		return "projects/plan";
	}

	@PostMapping("/projects/plan/weights")
	@PreAuthorize("hasRole('ADMIN')")
	String weigh(Scope scope, @RequestParam Map<String, String> form, Authentication authentication) {
		if (!scope.unrestricted()) {
			throw new org.springframework.security.access.AccessDeniedException("The weights serve every plan: only a platform administrator sets them");
		}
		Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
		for (Criterion c : Criterion.values()) {
			String text = form.get("weight-" + c.name());
			try {
				weights.put(c, text == null || text.isBlank() ? BigDecimal.ZERO : new BigDecimal(text.trim()));
			}
			catch (NumberFormatException e) {
				throw new InvalidInput("weight." + c.name().toLowerCase(), "must be a number, not '" + text + "'");
			}
		}
		planner.setWeights(weights, authentication.getName());
		return "redirect:/projects/plan?weighted";
	}

	@GetMapping("/projects/plan/export.csv")
	ResponseEntity<byte[]> csv(Scope scope, @RequestParam String budget, @RequestParam(required = false) String service) {
		InvestmentPlan plan = plan(scope, budget, service);
		StringBuilder out = new StringBuilder(String.join(",", HEADER)).append("\r\n");
		for (List<Object> row : rows(plan)) {
			out.append(String.join(",", row.stream().map(CsvField::of).toList())).append("\r\n");
		}
		out.append(CsvField.of("Budget R " + plan.budget().toPlainString() + "; chosen R " + plan.chosenCost().toPlainString() + "; total score "
				+ plan.chosenScore() + " (exact optimum; a greedy pick by score per rand gives " + plan.greedyScore() + "); weights " + plan.weights()))
			.append("\r\n");
		return Attachment.of(out.toString().getBytes(StandardCharsets.UTF_8), "investment-plan.csv", "text/csv;charset=UTF-8");
	}

	@GetMapping("/projects/plan/export.xlsx")
	ResponseEntity<byte[]> xlsx(Scope scope, @RequestParam String budget, @RequestParam(required = false) String service) {
		InvestmentPlan plan = plan(scope, budget, service);
		return Attachment.of(TableWorkbook.of("Investment plan", HEADER, rows(plan),
				"Budget R " + plan.budget().toPlainString() + "; chosen R " + plan.chosenCost().toPlainString() + "; total score " + plan.chosenScore()
						+ " (exact optimum); weights " + plan.weights()),
				"investment-plan.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	private InvestmentPlan plan(Scope scope, String budget, String service) {
		BigDecimal amount = budget == null || budget.isBlank() ? null : ProjectForm.amount("budget", budget);
		return planner.plan(scope, amount, service == null || service.isBlank() ? null : BasicService.parse("service", service));
	}

	private static List<List<Object>> rows(InvestmentPlan plan) {
		List<List<Object>> rows = new ArrayList<>();
		int rank = 1;
		for (InvestmentPlan.Candidate c : plan.candidates()) {
			rows.add(List.of(rank++, c.project().reference(), c.project().title(), c.project().municipalityCode(), c.project().service().code(),
					c.project().stage().name().toLowerCase(), c.project().households(), c.reduces(), Math.round(c.perMillion() * 10) / 10d, c.requests(),
					c.project().growthPotential(), c.project().budget(), c.score(), c.chosen() ? "yes" : "no"));
		}
		return rows;
	}
}
