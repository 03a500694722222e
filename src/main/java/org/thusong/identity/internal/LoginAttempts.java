package org.thusong.identity.internal;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.audit.AuditTrail;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * Counts failed sign-ins in a row, whether through the login form or HTTP Basic, and locks the
 * account for a while after too many; a successful sign-in resets the count. The lock is kept in
 * the database, so every instance honours it; it is audited.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final AuditTrail audit;

	private final Organisations organisations;

	private final int maxFailures;

	private final Duration lockFor;

	LoginAttempts(JdbcClient jdbc, TransactionTemplate transactions, AuditTrail audit, Organisations organisations,
			@Value("${thusong.security.lockout.max-failures:5}") int maxFailures,
			@Value("${thusong.security.lockout.duration:15m}") Duration lockFor) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.audit = audit;
		this.organisations = organisations;
		this.maxFailures = maxFailures;
		this.lockFor = lockFor;
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (username == null || username.isBlank()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			record Counted(int failures, String organisation) {
			}
			Counted counted = jdbc.sql("""
					UPDATE identity_user SET failed_logins = failed_logins + 1
					 WHERE lower(username) = lower(:username)
					RETURNING failed_logins, organisation_code""")
				.param("username", username.trim())
				.query((rs, n) -> new Counted(rs.getInt(1), rs.getString(2)))
				.optional()
				.orElse(null);
			if (counted == null || counted.failures() < maxFailures) {
				return;
			}
			jdbc.sql("""
					UPDATE identity_user SET failed_logins = 0, locked_until = now() + make_interval(secs => :seconds)
					 WHERE lower(username) = lower(:username)""")
				.param("seconds", lockFor.toSeconds())
				.param("username", username.trim())
				.update();
			String areaPath = organisations.findByCode(counted.organisation()).map(OrganisationSummary::jurisdictionPath).orElse(null);
			audit.record("user", username.trim(), "locked", areaPath, null,
					Map.of("reason", counted.failures() + " failed sign-ins in a row", "lockedForMinutes", lockFor.toMinutes()));
			log.warn("Locked user '{}' for {} after {} failed sign-ins", username, lockFor, counted.failures());
		});
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		jdbc.sql("UPDATE identity_user SET failed_logins = 0 WHERE lower(username) = lower(:username) AND failed_logins > 0")
			.param("username", username)
			.update();
	}
}
