package org.thusong.identity.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether invented demo data exists, so that every page can say so. Asked once, then remembered. */
@Component
public class DemoData {

	private final JdbcClient jdbc;

	private volatile Boolean exists;

	DemoData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean exists() {
		Boolean known = exists;
		if (known == null) {
			known = jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_user WHERE demo)").query(Boolean.class).single();
			exists = known;
		}
		return known;
	}

	void created() {
		exists = true;
	}
}
