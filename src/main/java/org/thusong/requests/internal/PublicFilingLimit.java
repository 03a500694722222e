package org.thusong.requests.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many requests one client address may file without signing in, per hour
 * ({@code thusong.requests.public-rate-limit}, default 10). Counted in PostgreSQL, so every
 * instance behind a load balancer counts the same filings.
 */
@Component
public class PublicFilingLimit {

	private final JdbcClient jdbc;

	private final int perHour;

	PublicFilingLimit(JdbcClient jdbc, @Value("${thusong.requests.public-rate-limit:10}") int perHour) {
		this.jdbc = jdbc;
		this.perHour = perHour;
	}

	public int perHour() {
		return perHour;
	}

	/** Whether this address has filed its hourly allowance already. */
	@Transactional(readOnly = true)
	public boolean reached(String clientIp) {
		return jdbc.sql("SELECT count(*) FROM request_public_filing WHERE client_ip = :ip AND filed_at > now() - interval '1 hour'")
			.param("ip", clientIp)
			.query(Long.class)
			.single() >= perHour;
	}

	/** Counts one filing from this address and forgets its filings older than an hour. */
	@Transactional
	public void count(String clientIp) {
		jdbc.sql("DELETE FROM request_public_filing WHERE client_ip = :ip AND filed_at <= now() - interval '1 hour'")
			.param("ip", clientIp)
			.update();
		jdbc.sql("INSERT INTO request_public_filing (client_ip) VALUES (:ip)").param("ip", clientIp).update();
	}
}
