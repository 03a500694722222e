package org.thusong.identity.internal;

import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start with no users, creates the platform administrator {@code admin}, with the
 * password from {@code THUSONG_ADMIN_PASSWORD} or a generated one printed once in the log.
 */
@Component
@Order(10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final String configuredPassword;

	AdminBootstrap(JdbcClient jdbc, PasswordEncoder passwords, @Value("${thusong.admin-password:}") String configuredPassword) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.configuredPassword = configuredPassword;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		// Lock the table so that two instances starting together create one admin, not two.
		jdbc.sql("LOCK TABLE identity_user IN SHARE ROW EXCLUSIVE MODE").update();
		Integer users = jdbc.sql("SELECT count(*) FROM identity_user").query(Integer.class).single();
		if (users > 0) {
			return;
		}
		boolean generated = configuredPassword == null || configuredPassword.isBlank();
		String password = generated ? generatePassword() : configuredPassword;
		jdbc.sql("""
				INSERT INTO identity_user (username, full_name, password_hash, roles)
				VALUES ('admin', 'Administrator', :hash, '{ADMIN}')""")
			.param("hash", passwords.encode(password))
			.update();
		if (generated) {
			log.warn("Created user 'admin' with generated password: {}  (shown once; set THUSONG_ADMIN_PASSWORD to choose it)", password);
		}
		else {
			log.info("Created user 'admin' with the password from THUSONG_ADMIN_PASSWORD");
		}
	}

	private static String generatePassword() {
		byte[] bytes = new byte[15];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}
}
