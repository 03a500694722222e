package org.thusong.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.backlogs.Programmes;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.organisations.Organisations;
import org.thusong.projects.Funding;
import org.thusong.projects.FundingSource;
import org.thusong.projects.NewProject;
import org.thusong.projects.ProjectRegister;

/**
 * With {@code thusong.demo=true}, creates once an invented priority programme of four Eastern Cape
 * districts and a handful of invented projects in Amathole, every one marked demo and titled
 * "Demo:", so that the outlook, the health lights and the investment plan have something to show.
 * The census figures beside them are real.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "thusong.demo", havingValue = "true")
class DemoProjects implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

	private final JdbcClient jdbc;

	private final ProjectRegister register;

	private final Programmes programmes;

	private final Areas areas;

	private final Organisations organisations;

	DemoProjects(JdbcClient jdbc, ProjectRegister register, Programmes programmes, Areas areas, Organisations organisations) {
		this.jdbc = jdbc;
		this.register = register;
		this.programmes = programmes;
		this.areas = areas;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM project WHERE demo) OR EXISTS (SELECT 1 FROM backlog_programme WHERE demo)")
			.query(Boolean.class)
			.single()) {
			return;
		}
		List<String> districts = List.of("DC12", "DC13", "DC15", "DC44").stream().filter(c -> areas.find(c).isPresent()).toList();
		if (!districts.isEmpty()) {
			programmes.create(Scope.everything(), "Demo: Eastern Cape priority districts", "An invented sample programme to try the dashboard with.",
					districts, true, "demo");
		}
		if (organisations.findByCode("EC121").isEmpty() || organisations.findByCode("EC122").isEmpty()) {
			log.warn("Demo projects skipped: Mbhashe or Mnquma is missing");
			return;
		}
		List<String> mbhashe = wards("EC121");
		List<String> mnquma = wards("EC122");
		LocalDate today = LocalDate.now();
		int year = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
		long done1 = project("EC121", "Demo: VIP toilets, Dutywa villages phase 1", "sanitation", mbhashe.subList(0, 2), 1_200, "COMPLETED", 100,
				18_000_000, today.minusYears(3), today.minusYears(2).minusMonths(3), year - 3);
		completed(done1, today.minusYears(2).minusMonths(3));
		spent(done1, today.minusYears(2).minusMonths(4), 18_000_000);
		long done2 = project("EC121", "Demo: VIP toilets, Dutywa villages phase 2", "sanitation", mbhashe.subList(2, 4), 900, "COMPLETED", 100,
				14_500_000, today.minusYears(2), today.minusMonths(8), year - 2);
		completed(done2, today.minusMonths(8));
		spent(done2, today.minusMonths(9), 14_500_000);
		long late = project("EC121", "Demo: Sanitation for Willowvale wards", "sanitation", mbhashe.subList(4, 6), 1_500, "CONSTRUCTION", 30,
				22_000_000, today.minusMonths(12), today.plusMonths(6), year);
		spent(late, today.minusMonths(3), 2_500_000);
		spent(late, today.minusMonths(2), 1_500_000);
		jdbc.sql("UPDATE project SET last_update_at = now() - interval '75 days' WHERE id = :id").param("id", late).update();
		project("EC121", "Demo: Elliotdale bulk water, phase 1", "water", mbhashe.subList(6, 8), 2_400, "DESIGN", 0, 48_000_000, today.plusMonths(4),
				today.plusYears(2), year + 1);
		project("EC121", "Demo: VIP toilets, Xhora east", "sanitation", mbhashe.subList(8, 10), 1_100, "PLANNING", 0, 16_500_000, today.plusMonths(6),
				today.plusYears(1).plusMonths(6), year + 1);
		project("EC122", "Demo: Butterworth township sewer reticulation", "sanitation", mnquma.subList(0, 2), 3_000, "IDENTIFIED", 0, 61_000_000,
				null, null, year + 1);
		project("EC122", "Demo: VIP toilets, Centane villages", "sanitation", mnquma.subList(2, 4), 1_400, "DESIGN", 0, 19_000_000, today.plusMonths(3),
				today.plusYears(1).plusMonths(3), year + 1);
		project("EC122", "Demo: Refuse collection points, Ngqamakhwe", "refuse", mnquma.subList(4, 6), 2_000, "IDENTIFIED", 0, 7_500_000, null, null,
				year + 1);
		log.info("Created the demo programme and demo projects (all marked demo)");
	}

	private List<String> wards(String municipality) {
		AreaSummary area = areas.find(municipality).orElseThrow();
		return areas.children(area).stream().map(AreaSummary::code).sorted().toList();
	}

	private long project(String owner, String title, String service, List<String> wards, int households, String stage, int progress, long budget,
			LocalDate start, LocalDate planned, int financialYear) {
		return register.register(Scope.everything(), new NewProject(owner, title, service, wards, null, households, stage, BigDecimal.valueOf(budget),
				progress, start, planned, "Demo Consulting Engineers", "Demo Civils (Pty) Ltd", null, 3,
				List.of(new Funding(FundingSource.MIG, financialYear, BigDecimal.valueOf(budget)))), "demo", true);
	}

	private void spent(long id, LocalDate month, long amount) {
		jdbc.sql("INSERT INTO project_expenditure (project_id, month, amount, recorded_by) VALUES (:id, :month, :amount, 'demo')")
			.param("id", id)
			.param("month", java.sql.Date.valueOf(month.withDayOfMonth(1)))
			.param("amount", BigDecimal.valueOf(amount))
			.update();
	}

	private void completed(long id, LocalDate on) {
		jdbc.sql("UPDATE project SET actual_completion = :on WHERE id = :id").param("on", java.sql.Date.valueOf(on)).param("id", id).update();
	}
}
