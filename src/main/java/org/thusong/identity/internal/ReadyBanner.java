package org.thusong.identity.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started Thusong where to open it and, with demo data, how to sign in:
 * the last lines of the start-up log.
 */
@Component
class ReadyBanner {

	private static final Logger log = LoggerFactory.getLogger(ReadyBanner.class);

	private final JdbcClient jdbc;

	private final Environment environment;

	ReadyBanner(JdbcClient jdbc, Environment environment) {
		this.jdbc = jdbc;
		this.environment = environment;
	}

	@EventListener(ApplicationReadyEvent.class)
	void announce() {
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder text = new StringBuilder("\n\n  Thusong is ready at http://localhost:" + port + "/\n");
		record Login(String username, String roles, String organisation) {
		}
		List<Login> demo = jdbc.sql("""
				SELECT username, array_to_string(roles, ', ') AS roles, coalesce(organisation_code, '') AS organisation
				  FROM identity_user WHERE demo ORDER BY id""")
			.query((rs, n) -> new Login(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
		if (!demo.isEmpty()) {
			text.append("  Demo logins (password '").append(DemoUsers.PASSWORD).append("'; the people are invented):\n");
			for (Login login : demo) {
				text.append(String.format("    %-22s %-26s %s%n", login.username(), login.roles(), login.organisation()));
			}
		}
		text.append("  The administrator is 'admin' (password from THUSONG_ADMIN_PASSWORD, or printed once on the first start).\n");
		log.info(text.toString());
	}
}
