package org.thusong.organisations.internal;

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
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.organisations.Department;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationManagement;
import org.thusong.organisations.OrganisationManagement.Registration;

/**
 * With {@code thusong.demo=true}, registers once the bodies the demo users belong to: the
 * Eastern Cape CoGTA, the national DCoG, MISA, an NGO in Mbhashe and a few muhtarlıklar of
 * Erzincan Merkez, all marked demo. Runs after the municipalities exist.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "thusong.demo", havingValue = "true")
class DemoOrganisations implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoOrganisations.class);

	static final String SEED = "demo-organisations";

	private final JdbcClient jdbc;

	private final Areas areas;

	private final OrganisationManagement management;

	DemoOrganisations(JdbcClient jdbc, Areas areas, OrganisationManagement management) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.management = management;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int claimed = jdbc.sql("INSERT INTO organisation_seed (name) VALUES (:name) ON CONFLICT DO NOTHING")
			.param("name", SEED)
			.update();
		if (claimed == 0) {
			return;
		}
		register("EC-COGTA", "Eastern Cape Department of Cooperative Governance and Traditional Affairs",
				OrganisationKind.PROVINCIAL_DEPARTMENT, "EC",
				List.of(new Department("MSP", "Municipal Support and Planning"), new Department("IGR", "Intergovernmental Relations")));
		register("ZA-DCOG", "Department of Cooperative Governance", OrganisationKind.NATIONAL_DEPARTMENT, "ZA",
				List.of(new Department("LGSI", "Local Government Support and Interventions")));
		register("MISA", "Municipal Infrastructure Support Agent", OrganisationKind.AGENCY, "ZA",
				List.of(new Department("PMO", "Project Management Office"), new Department("TECH", "Technical Support Services")));
		register("EC121-NGO1", "Demo: Mbhashe Community Water Forum", OrganisationKind.NGO, "EC121", List.of());
		for (AreaSummary mahalle : erzincanMerkezMahalleleri(3)) {
			register(mahalle.code(), mahalle.name().replaceFirst("(?i) Mahallesi$", "") + " Mahallesi Muhtarlığı",
					OrganisationKind.MUHTARLIK, mahalle.code(), List.of());
		}
		log.info("Registered the demo organisations");
	}

	private void register(String code, String name, OrganisationKind kind, String area, List<Department> departments) {
		management.register(new Registration(code, name, kind, area, departments, true), Scope.everything());
	}

	/** The first mahalleler (not villages) of the Merkez ilçe of Erzincan, in Turkish order. */
	List<AreaSummary> erzincanMerkezMahalleleri(int how) {
		return areas.find("TR24")
			.flatMap(il -> areas.children(il).stream().filter(a -> a.name().equalsIgnoreCase("Merkez")).findFirst())
			.map(merkez -> areas.children(merkez).stream().filter(a -> "mahalle".equals(a.kind())).limit(how).toList())
			.orElse(List.of());
	}
}
