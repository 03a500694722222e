package org.thusong.audit;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ThusongIntegrationTest
class AuditTrailIntegrationTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsWhoChangedWhatBeforeAndAfter() {
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("thandi", "n/a", "ROLE_OFFICER"));
		transaction.executeWithoutResult(status -> audit.record("organisation", "EC121", "renamed", "ZA/EC/DC12/EC121",
				Map.of("name", "Mbashe"), Map.of("name", "Mbhashe")));

		Map<String, Object> row = jdbc.sql("""
				SELECT actor, action, entity_type, entity_id, area_path, before_state->>'name' AS before_name,
				       after_state->>'name' AS after_name
				  FROM audit_entry WHERE entity_id = 'EC121'""").query().singleRow();
		assertThat(row).containsEntry("actor", "thandi")
			.containsEntry("action", "renamed")
			.containsEntry("entity_type", "organisation")
			.containsEntry("area_path", "ZA/EC/DC12/EC121")
			.containsEntry("before_name", "Mbashe")
			.containsEntry("after_name", "Mbhashe");
	}

	@Test
	void anEntryIsRolledBackWithTheChangeItDescribes() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			audit.record("organisation", "ROLLED-BACK", "created", "ZA/EC", null, Map.of("code", "ROLLED-BACK"));
			throw new IllegalStateException("the change failed after it was recorded");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(countOf("ROLLED-BACK")).isZero();
	}

	@Test
	void anEntryIsKeptWhenItsChangeCommits() {
		transaction.executeWithoutResult(status -> audit.record("organisation", "KEPT", "created", "ZA/EC", null,
				Map.of("code", "KEPT")));

		assertThat(countOf("KEPT")).isEqualTo(1);
	}

	@Test
	void refusesToRecordOutsideATransaction() {
		assertThatThrownBy(() -> audit.record("organisation", "LOOSE", "created", "ZA/EC", null, Map.of()))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThat(countOf("LOOSE")).isZero();
	}

	@Test
	void refusesToUpdateOrDeleteAnEntry() {
		transaction.executeWithoutResult(status -> audit.record("organisation", "FIXED", "created", "ZA/EC", null,
				Map.of("code", "FIXED")));

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE entity_id = 'FIXED'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE entity_id = 'FIXED'").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("append-only");

		assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE entity_id = 'FIXED'").query(String.class).single())
			.isEqualTo(AuditTrail.SYSTEM);
	}

	private int countOf(String entityId) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = :id").param("id", entityId)
			.query(Integer.class).single();
	}
}
