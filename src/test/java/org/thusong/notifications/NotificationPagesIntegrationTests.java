package org.thusong.notifications;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.notifications.internal.Dispatcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The outbox page, SMS through the logging adapter, and e-mail while no SMTP server is configured
 * (the default: {@code spring.mail.host} is empty).
 */
@ThusongIntegrationTest(properties = { "thusong.notifications.scheduled=false", "spring.mail.host=" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NotificationPagesIntegrationTests {

	static final String MBHASHE = "ZA/EC/DC12/EC121";

	static final String MNQUMA = "ZA/EC/DC12/EC122";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void emptyOutbox() {
		jdbc.sql("DELETE FROM notification_message").update();
	}

	@Test
	void withoutAnSmtpServerEmailWaitsInTheOutboxAndTheLogSaysWhy(CapturedOutput output) {
		MessageId id = transaction.execute(status -> notifications.queueEmail("thandi@example.org", "Request received",
				"We received your request.", MBHASHE, "SR-1"));

		dispatcher.dispatch();
		dispatcher.dispatch();

		QueuedMessage waiting = notifications.find(id, Scope.of(MBHASHE)).orElseThrow();
		assertThat(waiting.status()).isEqualTo(DeliveryStatus.QUEUED);
		assertThat(waiting.attempts()).isZero();
		assertThat(waiting.lastError()).isNull();
		assertThat(output.getAll()).containsOnlyOnce("E-mail delivery is OFF: no SMTP server is configured")
			.contains("will be sent once a server is configured");
	}

	@Test
	void anSmsGoesToTheLoggingAdapterAndIsMarkedSent(CapturedOutput output) {
		MessageId id = transaction.execute(status -> notifications.queueSms("+27 82 123 4567",
				"Thusong: your request SR-000777 was resolved.", MBHASHE, "SR-000777"));

		Dispatcher.Run run = dispatcher.dispatch();

		assertThat(run.sent()).isEqualTo(1);
		QueuedMessage sent = notifications.find(id, Scope.of(MBHASHE)).orElseThrow();
		assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(sent.recipient()).isEqualTo("+27821234567");
		assertThat(output.getOut()).contains("thusong.sms")
			.contains("to +2782***4567")
			.contains("Thusong: your request SR-000777 was resolved.")
			.doesNotContain("+27821234567");
	}

	@Test
	void thePageListsOnlyMessagesInTheViewersScopeWithRecipientsMasked() throws Exception {
		queueEmail("thandi@example.org", "Mbhashe water outage", MBHASHE);
		queueEmail("sipho@example.org", "Mnquma road closure", MNQUMA);
		transaction.executeWithoutResult(status -> notifications.queueSms("+27821234567", "Mbhashe SMS", MBHASHE, null));

		mvc.perform(get("/notifications").with(user(adminOf(MBHASHE))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/notifications\"")))
			.andExpect(content().string(containsString("Mbhashe water outage")))
			.andExpect(content().string(containsString("t***@example.org")))
			.andExpect(content().string(containsString("+2782***4567")))
			.andExpect(content().string(not(containsString("thandi@example.org"))))
			.andExpect(content().string(not(containsString("+27821234567"))))
			.andExpect(content().string(not(containsString("Mnquma road closure"))));
		mvc.perform(get("/notifications").with(user(platformAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mbhashe water outage")))
			.andExpect(content().string(containsString("Mnquma road closure")));
		mvc.perform(get("/notifications").param("channel", "SMS").with(user(platformAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("+2782***4567")))
			.andExpect(content().string(not(containsString("Mbhashe water outage"))));
		mvc.perform(get("/notifications").param("status", "SENT").with(user(platformAdmin())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"notifications-empty\"")));
		mvc.perform(get("/notifications").param("lang", "tr").with(user(platformAdmin())))
			.andExpect(content().string(containsString("Bildirimler")))
			.andExpect(content().string(containsString("Kuyrukta")));
	}

	@Test
	void aBadFilterIsA400NamingIt() throws Exception {
		mvc.perform(get("/notifications").param("status", "LOST").with(user(platformAdmin())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Status: choose Queued, Sent or Failed.")));
		mvc.perform(get("/notifications").param("channel", "PIGEON").with(user(platformAdmin())))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Channel: choose E-mail or SMS.")));
	}

	@Test
	void onlyAdministratorsSeeThePage() throws Exception {
		ThusongUser officer = new ThusongUser(10, "officer", "Officer", Set.of(Role.OFFICER), "EC121", Scope.of(MBHASHE),
				false, null);
		mvc.perform(get("/notifications").with(user(officer))).andExpect(status().isForbidden());
		mvc.perform(get("/documents").with(user(officer)))
			.andExpect(content().string(not(containsString("href=\"/notifications\""))));
	}

	@Test
	void anAdministratorRetriesAFailedMessageInScope() throws Exception {
		MessageId failed = queueEmail("thandi@example.org", "Failed one", MBHASHE);
		MessageId elsewhere = queueEmail("sipho@example.org", "Failed elsewhere", MNQUMA);
		MessageId queued = queueEmail("lwazi@example.org", "Still queued", MBHASHE);
		jdbc.sql("UPDATE notification_message SET status = 'FAILED', attempts = 10, last_error = 'Connection refused' WHERE id IN (:a, :b)")
			.param("a", failed.value()).param("b", elsewhere.value()).update();

		mvc.perform(get("/notifications").param("status", "FAILED").with(user(adminOf(MBHASHE))))
			.andExpect(content().string(containsString("Connection refused")))
			.andExpect(content().string(containsString("id=\"retry-" + failed + "\"")));
		mvc.perform(post("/notifications/{id}/retry", failed.value()).with(user(adminOf(MBHASHE))))
			.andExpect(status().isForbidden());

		MvcResult retried = mvc.perform(post("/notifications/{id}/retry", failed.value()).with(user(adminOf(MBHASHE))).with(csrf()))
			.andExpect(redirectedUrl("/notifications"))
			.andReturn();
		mvc.perform(get("/notifications").cookie(retried.getResponse().getCookies()).with(user(adminOf(MBHASHE))))
			.andExpect(content().string(containsString("Message " + failed + " is queued for another attempt")));
		QueuedMessage again = notifications.find(failed, Scope.of(MBHASHE)).orElseThrow();
		assertThat(again.status()).isEqualTo(DeliveryStatus.QUEUED);
		assertThat(again.attempts()).as("the history of attempts is kept").isEqualTo(10);

		mvc.perform(post("/notifications/{id}/retry", elsewhere.value()).with(user(adminOf(MBHASHE))).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/notifications/{id}/retry", queued.value()).with(user(adminOf(MBHASHE))).with(csrf()))
			.andExpect(status().isConflict());
		mvc.perform(post("/notifications/{id}/retry", "abc").with(user(adminOf(MBHASHE))).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(notifications.find(elsewhere, Scope.everything()).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);
	}

	private MessageId queueEmail(String to, String subject, String area) {
		return transaction.execute(status -> notifications.queueEmail(to, subject, "Body", area, null));
	}

	static ThusongUser adminOf(String scope) {
		return new ThusongUser(2, "admin-ec121", "Municipal administrator", EnumSet.of(Role.ADMIN), "EC121",
				Scope.of(scope), false, null);
	}

	static ThusongUser platformAdmin() {
		return new ThusongUser(1, "admin", "Administrator", EnumSet.of(Role.ADMIN), null, Scope.everything(), false, null);
	}
}
