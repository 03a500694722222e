package org.thusong.identity.internal;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.identity.Role;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * With {@code thusong.demo=true}, creates once one invented user per role, across two
 * municipalities (Mbhashe and Mnquma), their district, the province, the nation and Erzincan; all
 * with the password {@code thusong-demo} and marked demo. Runs after the administrator and the
 * demo organisations exist.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "thusong.demo", havingValue = "true")
class DemoUsers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

	static final String PASSWORD = "thusong-demo";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Organisations organisations;

	private final Areas areas;

	private final AuditTrail audit;

	private final DemoData demoData;

	DemoUsers(JdbcClient jdbc, PasswordEncoder passwords, Organisations organisations, Areas areas, AuditTrail audit,
			DemoData demoData) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.organisations = organisations;
		this.areas = areas;
		this.audit = audit;
		this.demoData = demoData;
	}

	record DemoUser(String username, String name, Role role, String organisationCode) {
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		int claimed = jdbc.sql("INSERT INTO identity_seed (name) VALUES ('demo-users') ON CONFLICT DO NOTHING").update();
		if (claimed == 0) {
			return;
		}
		String erzincan = areas.find("TR24")
			.flatMap(il -> areas.children(il).stream().filter(a -> a.name().equalsIgnoreCase("Merkez")).findFirst())
			.map(AreaSummary::code)
			.orElse(null);
		String muhtarlik = organisations.page(Scope.of("TR/TR24"), OrganisationKind.MUHTARLIK, null, new PageRequestOf(0, 1))
			.items().stream().findFirst().map(OrganisationSummary::code).orElse(null);
		List<DemoUser> users = List.of(
				new DemoUser("amathole.admin", "Demo: Amathole administrator", Role.ADMIN, "DC12"),
				new DemoUser("mbhashe.manager", "Demo: Mbhashe manager", Role.MANAGER, "EC121"),
				new DemoUser("mbhashe.officer", "Demo: Mbhashe officer", Role.OFFICER, "EC121"),
				new DemoUser("mbhashe.pms", "Demo: Mbhashe PMS officer", Role.PMS_OFFICER, "EC121"),
				new DemoUser("mnquma.officer", "Demo: Mnquma officer", Role.OFFICER, "EC122"),
				new DemoUser("amathole.coordinator", "Demo: Amathole coordinator", Role.COORDINATOR, "DC12"),
				new DemoUser("ec.coordinator", "Demo: Eastern Cape CoGTA coordinator", Role.COORDINATOR, "EC-COGTA"),
				new DemoUser("national.coordinator", "Demo: national DCoG coordinator", Role.COORDINATOR, "ZA-DCOG"),
				new DemoUser("auditor.mbhashe", "Demo: Mbhashe internal auditor", Role.AUDITOR, "EC121"),
				new DemoUser("agent.mbhashe", "Demo: Mbhashe contact-centre agent", Role.AGENT, "EC121"),
				new DemoUser("ward.councillor", "Demo: Mbhashe ward councillor", Role.COMMUNITY_REPRESENTATIVE, "EC121"),
				new DemoUser("erzincan.manager", "Demo: Erzincan Belediyesi müdürü", Role.MANAGER, erzincan),
				new DemoUser("erzincan.strateji", "Demo: Erzincan strateji geliştirme uzmanı", Role.PMS_OFFICER, erzincan),
				new DemoUser("erzincan.memur", "Demo: Erzincan Muhtarlık İşleri memuru", Role.OFFICER, erzincan),
				new DemoUser("muhtar.erzincan", "Demo: Erzincan muhtarı", Role.COMMUNITY_REPRESENTATIVE, muhtarlik));
		// One hash for all: they share the documented password, and BCrypt costs ~80 ms each.
		String hash = passwords.encode(PASSWORD);
		int created = 0;
		for (DemoUser user : users) {
			if (user.organisationCode() == null || organisations.findByCode(user.organisationCode()).isEmpty()) {
				log.warn("Demo user {} skipped: no organisation {}", user.username(), user.organisationCode());
				continue;
			}
			int inserted = jdbc.sql("""
					INSERT INTO identity_user (username, full_name, email, password_hash, roles, organisation_code, demo)
					VALUES (:username, :name, :email, :hash, :roles, :organisation, TRUE)
					ON CONFLICT DO NOTHING""")
				.param("username", user.username())
				.param("name", user.name())
				.param("email", user.username() + "@demo.thusong.invalid")
				.param("hash", hash)
				.param("roles", new String[] { user.role().name() })
				.param("organisation", user.organisationCode())
				.update();
			if (inserted == 1) {
				created++;
				audit.record("user", user.username(), "created", organisations.findByCode(user.organisationCode())
					.map(OrganisationSummary::jurisdictionPath).orElse(null), null,
						Map.of("username", user.username(), "role", user.role(), "organisationCode", user.organisationCode(), "demo", true));
			}
		}
		demoData.created();
		log.info("Created {} demo users with the password '{}'", created, PASSWORD);
	}
}
