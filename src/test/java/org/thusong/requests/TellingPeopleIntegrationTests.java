package org.thusong.requests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reporter hears of acknowledgement, public notes and resolution through a real SMTP server;
 * the reporter of a merged duplicate hears too; the manager hears of an overdue request.
 */
@ThusongIntegrationTest(properties = { "spring.mail.host=127.0.0.1", "thusong.notifications.dispatch-interval=PT0.3S",
		"thusong.public-url=https://thusong.mbhashe.example", "thusong.requests.escalation-interval=PT24H" })
class TellingPeopleIntegrationTests {

	static final int SMTP_PORT = freePort();

	static final GreenMail smtp = startSmtp();

	static final Scope MBHASHE = Scope.of("ZA/EC/DC12/EC121");

	@DynamicPropertySource
	static void smtpPort(DynamicPropertyRegistry properties) {
		properties.add("spring.mail.port", () -> SMTP_PORT);
	}

	@AfterAll
	static void stopSmtp() {
		smtp.stop();
	}

	@Autowired
	RequestDesk desk;

	@Autowired
	ServiceLevels levels;

	@Autowired
	JdbcClient jdbc;

	String file(String email, String phone) {
		return desk.file(new NewServiceRequest("EC121", "water-leak", RequestKind.REQUEST, "Leak by the school", -32.10, 28.31,
				null, null, null, "Reporter", phone, email, FiledBy.CITIZEN, Channel.WEB, Map.of("where", List.of("street"))), null)
			.reference();
	}

	@Test
	void theReporterAndEveryMergedReporterHearOfEachPublicStep() throws Exception {
		String original = file("nomsa@example.org", null);
		String duplicate = file("sipho@example.org", null);
		desk.markDuplicate(duplicate, original, "agent.mbhashe", MBHASHE);
		desk.acknowledge(original, "agent.mbhashe", MBHASHE);
		desk.assign(original, "TECHNICAL", null, "agent.mbhashe", MBHASHE);
		desk.addNote(original, "Internal: bring the big spanner", false, "officer", MBHASHE);
		desk.resolve(original, "The pipe was replaced on Tuesday", "officer", MBHASHE);

		MimeMessage resolved = await(m -> to(m, "sipho@example.org") && body(m).contains("The pipe was replaced on Tuesday"));
		assertThat(resolved.getSubject()).startsWith(original + ": Water leak");
		assertThat(body(resolved)).contains("https://thusong.mbhashe.example/status/" + original);
		await(m -> to(m, "nomsa@example.org") && body(m).contains("received your request " + original));
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(TellingPeopleIntegrationTests::body))
			.noneMatch(text -> text.contains("big spanner"));
	}

	@Test
	void managersHearOfAnOverdueRequestOnce() throws Exception {
		jdbc.sql("""
				INSERT INTO identity_user (username, full_name, email, password_hash, roles, organisation_code)
				VALUES ('thabo.manager', 'Thabo Manager', 'thabo@mbhashe.example', '{noop}x', '{MANAGER}', 'EC121')""").update();
		String late = file(null, "+27825550111");
		jdbc.sql("UPDATE service_request SET due_at = now() - interval '3 hours' WHERE reference = :ref").param("ref", late).update();
		levels.escalateOverdue();
		levels.escalateOverdue();

		MimeMessage escalation = await(m -> to(m, "thabo@mbhashe.example"));
		assertThat(escalation.getSubject()).isEqualTo("Overdue: " + late);
		Thread.sleep(1500);
		assertThat(Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m, "thabo@mbhashe.example"))).hasSize(1);
	}

	static MimeMessage await(Predicate<MimeMessage> wanted) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			for (MimeMessage message : smtp.getReceivedMessages()) {
				if (wanted.test(message)) {
					return message;
				}
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no such e-mail arrived; received: " + Arrays.stream(smtp.getReceivedMessages())
			.map(m -> { try { return m.getSubject(); } catch (Exception e) { return "?"; } }).toList());
	}

	static boolean to(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().contains(address));
		}
		catch (Exception e) {
			return false;
		}
	}

	static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
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
