package org.thusong.notifications;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.notifications.internal.Dispatcher;
import org.thusong.notifications.internal.OutgoingMessage;
import org.thusong.notifications.internal.Outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * E-mail through a real SMTP server (GreenMail) on a free port: the dispatcher is driven by hand
 * ({@code scheduled=false}), and the server is stopped and started again to play an outage.
 */
@ThusongIntegrationTest(properties = { "thusong.notifications.scheduled=false", "thusong.notifications.max-attempts=3",
		"thusong.mail.from=Thusong <noreply@thusong.test>", "spring.mail.host=127.0.0.1",
		"spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=5000" })
@RecordApplicationEvents
class EmailDeliveryIntegrationTests {

	static final int SMTP_PORT = freePort();

	static GreenMail smtp = startSmtp();

	static final String MBHASHE = "ZA/EC/DC12/EC121";

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP_PORT);
	}

	@Autowired
	Notifications notifications;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void emptyOutboxAndMailbox() throws Exception {
		if (!smtp.isRunning()) {
			smtp = startSmtp();
		}
		smtp.purgeEmailFromAllMailboxes();
		jdbc.sql("DELETE FROM notification_message").update();
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Test
	void aMessageQueuedInACommittedTransactionIsDelivered() throws Exception {
		MessageId id = transaction.execute(status -> notifications.queueEmail("thandi@example.org",
				"Request SR-000123 received", "We received your report of a burst pipe.",
				"<p>We received your report of a <b>burst pipe</b>.</p>", MBHASHE, "SR-000123"));

		Dispatcher.Run run = dispatcher.dispatch();

		assertThat(run.sent()).isEqualTo(1);
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Request SR-000123 received");
		assertThat(received.getFrom()[0].toString()).isEqualTo("Thusong <noreply@thusong.test>");
		assertThat(received.getAllRecipients()[0].toString()).isEqualTo("thandi@example.org");
		assertThat(received.getHeader("X-Thusong-Reference")).containsExactly("SR-000123");
		String body = GreenMailUtil.getBody(received);
		assertThat(body).contains("We received your report of a burst pipe.").contains("<b>burst pipe</b>");

		QueuedMessage sent = notifications.find(id, Scope.of(MBHASHE)).orElseThrow();
		assertThat(sent.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(sent.attempts()).isEqualTo(1);
		assertThat(sent.sentAt()).isNotNull();
		assertThat(events.stream(MessageDelivered.class))
			.containsExactly(new MessageDelivered(id, Channel.EMAIL, MBHASHE, "SR-000123"));

		assertThat(dispatcher.dispatch().claimed()).as("a sent message is not sent again").isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

	@Test
	void aPlainTextMessageIsDeliveredAsText() throws Exception {
		transaction.executeWithoutResult(status -> notifications.queueEmail("muhtar@example.org", "Talebiniz alındı",
				"Şikâyetiniz kayda geçti: çöp toplama.", MBHASHE, null));

		dispatcher.dispatch();

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Talebiniz alındı");
		assertThat(received.getContent().toString().strip()).isEqualTo("Şikâyetiniz kayda geçti: çöp toplama.");
	}

	@Test
	void aRolledBackTransactionSendsNothing() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			notifications.queueEmail("thandi@example.org", "Request resolved", "Your request is resolved.", MBHASHE,
					"SR-000124");
			throw new IllegalStateException("the resolution was refused");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(jdbc.sql("SELECT count(*) FROM notification_message").query(Integer.class).single()).isZero();
		assertThat(dispatcher.dispatch().claimed()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void queueingNeedsTheCallersTransaction() {
		assertThatThrownBy(() -> notifications.queueEmail("thandi@example.org", "Hello", "Text", MBHASHE, null))
			.isInstanceOf(IllegalTransactionStateException.class);
		assertThatThrownBy(() -> notifications.queueSms("+27821234567", "Hello", MBHASHE, null))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void badInputIsRefusedNamingTheField() {
		assertThat(refusedField(() -> notifications.queueEmail("not-an-address", "Hello", "Text", MBHASHE, null))).isEqualTo("to");
		assertThat(refusedField(() -> notifications.queueEmail("a@example.org", "Hello\r\nBcc: x@example.org", "Text", MBHASHE, null)))
			.isEqualTo("subject");
		assertThat(refusedField(() -> notifications.queueEmail("a@example.org", " ", "Text", MBHASHE, null))).isEqualTo("subject");
		assertThat(refusedField(() -> notifications.queueEmail("a@example.org", "Hello", "", MBHASHE, null))).isEqualTo("textBody");
		assertThat(refusedField(() -> notifications.queueEmail("a@example.org", "Hello", "Text", "/ZA/", null))).isEqualTo("areaPath");
		assertThat(refusedField(() -> notifications.queueEmail("a@example.org", "Hello", "Text", MBHASHE, "x".repeat(101))))
			.isEqualTo("reference");
		assertThat(refusedField(() -> notifications.queueSms("call me", "Hello", MBHASHE, null))).isEqualTo("toPhone");
		assertThat(refusedField(() -> notifications.queueSms("+27821234567", "x".repeat(1601), MBHASHE, null))).isEqualTo("text");
		assertThat(jdbc.sql("SELECT count(*) FROM notification_message").query(Integer.class).single()).isZero();
	}

	@Test
	void nothingIsLostWhileTheMailServerIsDown() throws Exception {
		smtp.stop();
		MessageId first = queue("First while down");
		MessageId second = queue("Second while down");

		Dispatcher.Run run = dispatcher.dispatch();

		assertThat(run.retryLater()).isEqualTo(1);
		assertThat(run.released()).as("one attempt shows the server is down; the other message keeps its attempts").isEqualTo(1);
		QueuedMessage tried = notifications.find(first, Scope.everything()).orElseThrow();
		assertThat(tried.status()).isEqualTo(DeliveryStatus.QUEUED);
		assertThat(tried.attempts()).isEqualTo(1);
		assertThat(tried.lastError()).contains("Connection refused");
		assertThat(tried.nextAttemptAt()).isAfter(databaseNow().plusSeconds(25).toInstant());
		QueuedMessage untouched = notifications.find(second, Scope.everything()).orElseThrow();
		assertThat(untouched.status()).isEqualTo(DeliveryStatus.QUEUED);
		assertThat(untouched.attempts()).isZero();

		dispatcher.dispatch();
		assertThat(notifications.find(first, Scope.everything()).orElseThrow().attempts())
			.as("not tried again before its pause is over").isEqualTo(1);
		assertThat(notifications.find(second, Scope.everything()).orElseThrow().attempts())
			.as("the next run tries the other one").isEqualTo(1);

		smtp = startSmtp();
		makeDue(first);
		makeDue(second);
		Dispatcher.Run afterwards = dispatcher.dispatch();

		assertThat(afterwards.sent()).isEqualTo(2);
		assertThat(smtp.waitForIncomingEmail(5000, 2)).isTrue();
		assertThat(subjectsReceived()).containsExactlyInAnyOrder("First while down", "Second while down");
		QueuedMessage delivered = notifications.find(first, Scope.everything()).orElseThrow();
		assertThat(delivered.status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(delivered.attempts()).isEqualTo(2);
	}

	@Test
	void aMessageFailsAfterTheLastAttemptKeepingTheErrorAndCanBeRetried() throws Exception {
		smtp.stop();
		MessageId id = queue("Never got through");

		for (int attempt = 1; attempt <= 3; attempt++) {
			makeDue(id);
			dispatcher.dispatch();
		}

		QueuedMessage failed = notifications.find(id, Scope.everything()).orElseThrow();
		assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(failed.attempts()).isEqualTo(3);
		assertThat(failed.lastError()).contains("Connection refused");
		assertThat(events.stream(MessageFailed.class))
			.containsExactly(new MessageFailed(id, Channel.EMAIL, MBHASHE, "SR-1", 3));
		makeDue(id);
		assertThat(dispatcher.dispatch().claimed()).as("a failed message waits for a person").isZero();

		smtp = startSmtp();
		outbox.retryNow(id, Scope.everything());
		dispatcher.dispatch();

		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		assertThat(notifications.find(id, Scope.everything()).orElseThrow().status()).isEqualTo(DeliveryStatus.SENT);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'notification' AND action = 'retried' AND entity_id = :id")
			.param("id", id.toString()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void twoDispatchersClaimingTogetherNeverTakeTheSameMessage() throws Exception {
		for (int i = 0; i < 40; i++) {
			queue("Message " + i);
		}
		// One dispatcher's claim is still open (its transaction has not committed) when the other claims.
		List<OutgoingMessage> other = new ArrayList<>();
		List<OutgoingMessage> mine = transaction.execute(status -> {
			List<OutgoingMessage> claimed = outbox.claim(Set.of(Channel.EMAIL), 15, java.time.Duration.ofMinutes(5), UUID.randomUUID());
			Thread thread = new Thread(() -> other.addAll(
					outbox.claim(Set.of(Channel.EMAIL), 100, java.time.Duration.ofMinutes(5), UUID.randomUUID())));
			thread.start();
			try {
				thread.join(10_000);
			}
			catch (InterruptedException e) {
				throw new IllegalStateException(e);
			}
			assertThat(thread.isAlive()).as("the second claim skips locked rows rather than waiting for them").isFalse();
			return claimed;
		});
		assertThat(mine).hasSize(15);
		assertThat(other).hasSize(25);
		assertThat(ids(mine)).doesNotContainAnyElementsOf(ids(other));
	}

	@Test
	void twoDispatchersRunningTogetherDeliverEachMessageOnce() throws Exception {
		int count = 60;
		for (int i = 0; i < count; i++) {
			queue("Message " + i);
		}
		ExecutorService pool = Executors.newFixedThreadPool(2);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> runs = new ArrayList<>();
		for (int d = 0; d < 2; d++) {
			runs.add(pool.submit(() -> {
				start.await();
				int sent = 0;
				for (int i = 0; i < 20; i++) {
					sent += dispatcher.dispatch().sent();
				}
				return sent;
			}));
		}
		start.countDown();
		int sent = 0;
		for (Future<Integer> run : runs) {
			sent += run.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(sent).isEqualTo(count);
		assertThat(smtp.waitForIncomingEmail(10_000, count)).isTrue();
		List<String> subjects = subjectsReceived();
		assertThat(subjects).hasSize(count).doesNotHaveDuplicates();
		assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE status = 'SENT' AND attempts = 1")
			.query(Integer.class).single()).isEqualTo(count);
	}

	private MessageId queue(String subject) {
		return transaction.execute(status -> notifications.queueEmail("thandi@example.org", subject, "Body of " + subject,
				MBHASHE, "SR-1"));
	}

	private void makeDue(MessageId id) {
		jdbc.sql("UPDATE notification_message SET next_attempt_at = now() - interval '1 second' WHERE id = :id")
			.param("id", id.value()).update();
	}

	private OffsetDateTime databaseNow() {
		return jdbc.sql("SELECT now()").query(OffsetDateTime.class).single();
	}

	private List<String> subjectsReceived() throws Exception {
		List<String> subjects = new ArrayList<>();
		for (MimeMessage message : smtp.getReceivedMessages()) {
			subjects.add(message.getSubject());
		}
		return Collections.unmodifiableList(subjects);
	}

	private static List<Long> ids(List<OutgoingMessage> messages) {
		return messages.stream().map(m -> m.id().value()).toList();
	}

	private String refusedField(Runnable queueing) {
		try {
			transaction.executeWithoutResult(status -> queueing.run());
		}
		catch (InvalidInput e) {
			return e.field();
		}
		throw new AssertionError("not refused");
	}

	private static GreenMail startSmtp() {
		GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
		server.start();
		return server;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
