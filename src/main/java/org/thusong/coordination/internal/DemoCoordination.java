package org.thusong.coordination.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.coordination.Forums;
import org.thusong.coordination.NewIntervention;
import org.thusong.coordination.SupportArea;
import org.thusong.coordination.SupportRegister;
import org.thusong.coordination.SupportStatus;
import org.thusong.coordination.SupportType;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * With {@code thusong.demo=true}, records once an invented picture of support and forums around
 * Mbhashe, every title starting "Demo:": the province and the district both supporting its finances
 * in the same months (the register flags them), a capacity gap in engineering that nobody answers,
 * and three forums whose members and purposes overlap (the forum audit counts the fatigue). Data
 * requests are left for the person trying Thusong to file.
 */
@Component
@Order(45)
@ConditionalOnProperty(name = "thusong.demo", havingValue = "true")
class DemoCoordination implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCoordination.class);

	private final JdbcClient jdbc;

	private final SupportRegister support;

	private final Forums forums;

	private final Organisations organisations;

	DemoCoordination(JdbcClient jdbc, SupportRegister support, Forums forums, Organisations organisations) {
		this.jdbc = jdbc;
		this.support = support;
		this.forums = forums;
		this.organisations = organisations;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM coordination_support WHERE title LIKE 'Demo:%')")
			.query(Boolean.class)
			.single()) {
			return;
		}
		ThusongUser province = acting("ec.coordinator", "EC-COGTA");
		ThusongUser district = acting("amathole.coordinator", "DC12");
		if (province == null || district == null || organisations.findByCode("EC121").isEmpty()) {
			log.warn("Demo support and forums skipped: EC-COGTA, Amathole or Mbhashe is missing");
			return;
		}
		LocalDate today = LocalDate.now();
		support.record(new NewIntervention("EC121", SupportArea.FINANCE, SupportType.HANDS_ON,
				"Demo: Revenue enhancement and billing clean-up", 2, today.minusMonths(4), today.plusMonths(5),
				new BigDecimal("850000"), SupportStatus.UNDER_WAY, null, "Debtor book reconciliation"), province);
		support.record(new NewIntervention("EC121", SupportArea.FINANCE, SupportType.DEPLOYMENT,
				"Demo: Finance advisor seconded for the audit action plan", 1, today.minusMonths(1), today.plusMonths(8),
				new BigDecimal("420000"), SupportStatus.UNDER_WAY, null, null), district);
		support.record(new NewIntervention("EC121", SupportArea.PLANNING, SupportType.TRAINING,
				"Demo: IDP review and SDBIP alignment workshops", 12, today.minusMonths(10), today.minusMonths(7),
				new BigDecimal("60000"), SupportStatus.COMPLETED, "SDBIP targets aligned to the IDP objectives",
				"Writing SMART indicators"), district);
		support.recordGap("EC121", SupportArea.ENGINEERING,
				"Demo: no registered civil engineer on the staff; water projects stall at design", province);
		support.recordGap("EC121", SupportArea.FINANCE, "Demo: revenue collection below 60 % of billing", province);
		forums.create("Demo: Provincial technical IGR forum", Forums.ForumType.TECHNICAL,
				"Municipal infrastructure, water services and the MIG programme of the Amathole municipalities", 12,
				List.of("EC-COGTA", "DC12", "EC121:mbhashe.manager", "EC122", "EC123"), province);
		forums.create("Demo: Amathole district IGR forum", Forums.ForumType.IGR,
				"Infrastructure, water services and MIG spending of the Amathole municipalities", 12,
				List.of("DC12", "EC121:mbhashe.manager", "EC122", "EC123", "EC-COGTA"), district);
		forums.create("Demo: Back to Basics steering committee", Forums.ForumType.TECHNICAL,
				"Governance and financial management support to municipalities", 4,
				List.of("EC-COGTA", "EC121:mbhashe.manager", "DC12"), province);
		log.info("Demo support (three interventions, two gaps) and three forums recorded around Mbhashe");
	}

	/** The demo coordinator of an organisation, as the register records who did what. */
	private ThusongUser acting(String username, String organisationCode) {
		return organisations.findByCode(organisationCode)
			.map(OrganisationSummary::jurisdictionPath)
			.map(path -> new ThusongUser(0, username, username, Set.of(Role.COORDINATOR), organisationCode, Scope.of(path),
					false, null))
			.orElse(null);
	}
}
