package org.thusong.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.ThusongIntegrationTest;
import org.thusong.audit.internal.AuditEntry;
import org.thusong.audit.internal.AuditFilter;
import org.thusong.audit.internal.AuditLog;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class AuditReadingIntegrationTests {

	static final String MBHASHE = "ZA/EC/DC12/EC121";

	static final String MNQUMA = "ZA/EC/DC12/EC122";

	static java.time.Instant since;

	static int entriesBefore;

	@Autowired
	AuditTrail audit;

	@Autowired
	AuditLog log;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	MockMvc mvc;

	@BeforeEach
	void recordChangesInTwoMunicipalities() {
		// The application audits its own first-start work (municipalities made from the hierarchy);
		// these tests look at what they record themselves, from the moment they start recording.
		if (jdbc.sql("SELECT count(*) FROM audit_entry WHERE actor = 'thandi'").query(Integer.class).single() > 0) {
			return;
		}
		since = jdbc.sql("SELECT clock_timestamp()").query(java.sql.Timestamp.class).single().toInstant();
		entriesBefore = jdbc.sql("SELECT count(*) FROM audit_entry").query(Integer.class).single();
		SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("thandi", "n/a", "ROLE_OFFICER"));
		try {
			transaction.executeWithoutResult(status -> {
				audit.record("organisation", "EC121", "renamed", MBHASHE, Map.of("name", "Mbashe", "kind", "MUNICIPALITY"),
						Map.of("name", "Mbhashe Local Municipality", "kind", "MUNICIPALITY"));
				audit.record("ward", "21201001", "created", MBHASHE + "/21201001", null, Map.of("number", 1));
				audit.record("organisation", "EC122", "renamed", MNQUMA, Map.of("name", "Mnquma"),
						Map.of("name", "Mnquma Local Municipality"));
			});
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		transaction.executeWithoutResult(status -> audit.record("setting", "platform-name", "updated", null,
				Map.of("value", "Thusong"), Map.of("value", "Thusong Platform")));
	}

	static AuditFilter sinceSetUp() {
		return new AuditFilter(null, null, null, null, since, null, null);
	}

	@Test
	void anAuditorSeesOnlyEntriesInsideTheirScope() {
		PageOf<AuditEntry> page = log.search(AuditFilter.none(), Scope.of(MBHASHE), new PageRequestOf(0, 50));

		assertThat(page.items()).extracting(AuditEntry::entityId).containsExactly("21201001", "EC121");
		assertThat(page.total()).isEqualTo(2);
	}

	@Test
	void anUnrestrictedReaderSeesEverythingNewestFirst() {
		PageOf<AuditEntry> page = log.search(sinceSetUp(), Scope.everything(), new PageRequestOf(0, 50));

		assertThat(page.items()).extracting(AuditEntry::entityId)
			.containsExactly("platform-name", "EC122", "21201001", "EC121");
	}

	@Test
	void filtersByActorEntityActionTextAndDays() {
		assertThat(search(new AuditFilter("THANDI", null, null, null, since, null, null))).hasSize(3);
		assertThat(search(new AuditFilter(null, "organisation", null, null, since, null, null))).hasSize(2);
		assertThat(search(new AuditFilter(null, "organisation", "EC122", null, since, null, null))).hasSize(1);
		assertThat(search(new AuditFilter(null, null, null, "created", since, null, null))).hasSize(1);
		assertThat(search(new AuditFilter(null, null, null, null, since, null, "Local Municipality"))).hasSize(2);
		assertThat(search(new AuditFilter(null, null, null, null, since, null, "100%"))).isEmpty();

		ZoneId zone = ZoneId.of("Africa/Johannesburg");
		LocalDate today = LocalDate.now(zone);
		assertThat(search(new AuditFilter(null, null, null, null, today.atStartOfDay(zone).toInstant(),
				today.plusDays(1).atStartOfDay(zone).toInstant(), null))).hasSize(4 + entriesBefore);
		assertThat(search(new AuditFilter(null, null, null, null, today.plusDays(1).atStartOfDay(zone).toInstant(), null,
				null))).isEmpty();
	}

	@Test
	void pagesThroughTheTrail() {
		PageOf<AuditEntry> second = log.search(sinceSetUp(), Scope.everything(), new PageRequestOf(1, 3));

		assertThat(second.items()).extracting(AuditEntry::entityId).containsExactly("EC121");
		assertThat(second.total()).isEqualTo(4);
		assertThat(second.hasPrevious()).isTrue();
		assertThat(second.hasNext()).isFalse();
	}

	@Test
	void thePageShowsFilteredEntriesInScopeWithTheirChanges() throws Exception {
		mvc.perform(get("/audit").param("entityType", "organisation").param("from", "2000-01-01").with(user(auditor(MBHASHE))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Audit trail")))
			.andExpect(content().string(containsString("EC121")))
			.andExpect(content().string(containsString("Mbhashe Local Municipality")))
			.andExpect(content().string(containsString("audit-changed")))
			.andExpect(content().string(containsString("1 of 2 fields changed")))
			.andExpect(content().string(not(containsString("EC122"))))
			.andExpect(content().string(not(containsString("21201001"))));
	}

	@Test
	void thePageKeepsFiltersInThePagerLinks() throws Exception {
		mvc.perform(get("/audit").param("actor", "thandi").param("size", "1").with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/audit?actor=thandi&amp;size=1&amp;page=1\"")));
	}

	@Test
	void thePageExplainsABadDay() throws Exception {
		mvc.perform(get("/audit").param("from", "2025-13-45").with(user(admin())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("From: enter a day as YYYY-MM-DD")));
	}

	@Test
	void thePageIsInTurkishOnRequest() throws Exception {
		mvc.perform(get("/audit").param("lang", "tr").with(user(admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Denetim kaydı")));
	}

	@Test
	void thePageIsForAdministratorsAndAuditorsOnly() throws Exception {
		mvc.perform(get("/audit").with(user(officer(MBHASHE)))).andExpect(status().isForbidden());
	}

	@Test
	void theApiAnswersJsonInScope() throws Exception {
		mvc.perform(get("/api/v1/audit").param("entityType", "organisation").with(user(auditor(MBHASHE))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].entityId").value("EC121"))
			.andExpect(jsonPath("$.items[0].actor").value("thandi"))
			.andExpect(jsonPath("$.items[0].before.name").value("Mbashe"))
			.andExpect(jsonPath("$.items[0].after.name").value("Mbhashe Local Municipality"));
	}

	@Test
	void theApiNamesABadDate() throws Exception {
		mvc.perform(get("/api/v1/audit").param("to", "yesterday").with(user(admin())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.to").exists())
			.andExpect(jsonPath("$.detail").value(containsString("yyyy-MM-dd")));
		mvc.perform(get("/api/v1/audit").param("from", "2025-07-02").param("to", "2025-07-01").with(user(admin())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.to").exists());
		mvc.perform(get("/api/v1/audit").param("size", "100000").with(user(admin())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.size").exists());
	}

	@Test
	void theApiRefusesOtherRoles() throws Exception {
		mvc.perform(get("/api/v1/audit").with(user(officer(MBHASHE)))).andExpect(status().isForbidden());
	}

	private java.util.List<AuditEntry> search(AuditFilter filter) {
		return log.search(filter, Scope.everything(), new PageRequestOf(0, 50)).items();
	}

	static ThusongUser auditor(String scope) {
		return new ThusongUser(2, "auditor", "Auditor", Set.of(Role.AUDITOR), "EC121", Scope.of(scope), false, null);
	}

	static ThusongUser officer(String scope) {
		return new ThusongUser(3, "officer", "Officer", Set.of(Role.OFFICER), "EC121", Scope.of(scope), false, null);
	}

	static ThusongUser admin() {
		return new ThusongUser(1, "admin", "Administrator", EnumSet.of(Role.ADMIN), null, Scope.everything(), false, null);
	}
}
