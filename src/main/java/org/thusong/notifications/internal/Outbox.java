package org.thusong.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.notifications.Channel;
import org.thusong.notifications.DeliveryStatus;
import org.thusong.notifications.MessageDelivered;
import org.thusong.notifications.MessageFailed;
import org.thusong.notifications.MessageId;
import org.thusong.notifications.QueuedMessage;

/**
 * The {@code notification_message} table. Claiming takes due rows with
 * {@code FOR UPDATE SKIP LOCKED} and stamps them with a lease and a token in the same statement,
 * so two dispatchers (threads or instances) never hold the same message; every later change to a
 * claimed row names the token, so a dispatcher whose lease ran out cannot overwrite the outcome of
 * the one that took over.
 */
@Component
public class Outbox {

	private static final Logger log = LoggerFactory.getLogger(Outbox.class);

	private static final int MAX_ERROR = 2000;

	private static final String SUMMARY = """
			id, channel, recipient, subject, status, attempts, last_error, area_path, reference, created_at,
			next_attempt_at, sent_at""";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	Outbox(JdbcClient jdbc, ApplicationEventPublisher events, AuditTrail audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	/** Inserts a queued message, due at once, in the caller's transaction. */
	public MessageId add(Channel channel, String recipient, String subject, String textBody, String htmlBody,
			String areaPath, String reference) {
		long id = jdbc.sql("""
				INSERT INTO notification_message (channel, recipient, subject, text_body, html_body, area_path, reference)
				VALUES (:channel, :recipient, :subject, :textBody, :htmlBody, :areaPath, :reference)
				RETURNING id""")
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("subject", subject)
			.param("textBody", textBody)
			.param("htmlBody", htmlBody)
			.param("areaPath", areaPath)
			.param("reference", reference)
			.query(Long.class)
			.single();
		return new MessageId(id);
	}

	/**
	 * Claims up to {@code limit} due, unclaimed queued messages of the given channels, oldest due
	 * first, for {@code lease}. Rows another dispatcher is claiming at this moment are skipped, not
	 * waited for.
	 */
	public List<OutgoingMessage> claim(Collection<Channel> channels, int limit, Duration lease, UUID token) {
		if (channels.isEmpty()) {
			return List.of();
		}
		List<Claimed> claimed = new ArrayList<>(jdbc.sql("""
				UPDATE notification_message m
				   SET claim_token = :token, claimed_until = now() + make_interval(secs => :leaseSeconds)
				  FROM (SELECT id FROM notification_message
				         WHERE status = 'QUEUED' AND next_attempt_at <= now() AND channel = ANY (:channels)
				           AND (claimed_until IS NULL OR claimed_until < now())
				         ORDER BY next_attempt_at, id
				         LIMIT :limit
				           FOR UPDATE SKIP LOCKED) due
				 WHERE m.id = due.id
				RETURNING m.id, m.channel, m.recipient, m.subject, m.text_body, m.html_body, m.area_path, m.reference,
				          m.attempts, m.next_attempt_at""")
			.param("token", token)
			.param("leaseSeconds", (double) lease.toSeconds())
			.param("channels", channels.stream().map(Channel::name).toArray(String[]::new))
			.param("limit", limit)
			.query((rs, row) -> new Claimed(outgoing(rs), rs.getObject("next_attempt_at", OffsetDateTime.class)))
			.list());
		// RETURNING keeps no order: send in the order the messages fell due.
		claimed.sort(java.util.Comparator.comparing(Claimed::due).thenComparing(c -> c.message().id().value()));
		return claimed.stream().map(Claimed::message).toList();
	}

	private record Claimed(OutgoingMessage message, OffsetDateTime due) {
	}

	/** Records that the server or gateway accepted the message, and says so to listeners. */
	@Transactional
	public boolean markSent(OutgoingMessage message, UUID token) {
		int updated = jdbc.sql("""
				UPDATE notification_message
				   SET status = 'SENT', sent_at = now(), attempts = attempts + 1, claim_token = NULL, claimed_until = NULL
				 WHERE id = :id AND claim_token = :token AND status = 'QUEUED'""")
			.param("id", message.id().value())
			.param("token", token)
			.update();
		if (updated == 0) {
			log.warn("Message {} was sent, but its claim had passed to another dispatcher; it may go out twice", message.id());
			return false;
		}
		events.publishEvent(new MessageDelivered(message.id(), message.channel(), message.areaPath(), message.reference()));
		return true;
	}

	/**
	 * Records a failed attempt: the message is tried again after {@link Backoff#after(int)}, or
	 * marked {@code FAILED} once it has failed {@code maxAttempts} times. The error text is kept.
	 *
	 * @return the status the message now has
	 */
	@Transactional
	public Optional<DeliveryStatus> markAttemptFailed(OutgoingMessage message, UUID token, String error, int maxAttempts) {
		int attempts = message.attempts() + 1;
		DeliveryStatus status = attempts >= maxAttempts ? DeliveryStatus.FAILED : DeliveryStatus.QUEUED;
		int updated = jdbc.sql("""
				UPDATE notification_message
				   SET status = :status, attempts = :attempts, last_error = :error,
				       next_attempt_at = now() + make_interval(secs => :delaySeconds),
				       claim_token = NULL, claimed_until = NULL
				 WHERE id = :id AND claim_token = :token AND status = 'QUEUED'""")
			.param("status", status.name())
			.param("attempts", attempts)
			.param("error", truncated(error))
			.param("delaySeconds", (double) Backoff.after(attempts).toSeconds())
			.param("id", message.id().value())
			.param("token", token)
			.update();
		if (updated == 0) {
			return Optional.empty();
		}
		if (status == DeliveryStatus.FAILED) {
			events.publishEvent(new MessageFailed(message.id(), message.channel(), message.areaPath(),
					message.reference(), attempts));
		}
		return Optional.of(status);
	}

	/** Gives a claimed message back untouched, to be tried in a later run. */
	public void release(OutgoingMessage message, UUID token) {
		jdbc.sql("UPDATE notification_message SET claim_token = NULL, claimed_until = NULL WHERE id = :id AND claim_token = :token")
			.param("id", message.id().value())
			.param("token", token)
			.update();
	}

	/** The message, if it lies inside the scope. */
	public Optional<QueuedMessage> find(MessageId id, Scope scope) {
		return jdbc.sql("SELECT " + SUMMARY + " FROM notification_message WHERE id = :id AND area_path LIKE ANY (:patterns)")
			.param("id", id.value())
			.param("patterns", scope.likePatternArray())
			.query(Outbox::summary)
			.optional();
	}

	/** The messages inside the scope, newest first, optionally of one status and one channel. */
	public PageOf<QueuedMessage> list(Scope scope, DeliveryStatus status, Channel channel, PageRequestOf pageRequest) {
		String where = "area_path LIKE ANY (:patterns)"
				+ (status == null ? "" : " AND status = :status")
				+ (channel == null ? "" : " AND channel = :channel");
		JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM notification_message WHERE " + where);
		JdbcClient.StatementSpec select = jdbc.sql("SELECT " + SUMMARY + " FROM notification_message WHERE " + where
				+ " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.param("limit", pageRequest.size())
			.param("offset", pageRequest.offset());
		count = count.param("patterns", scope.likePatternArray());
		select = select.param("patterns", scope.likePatternArray());
		if (status != null) {
			count = count.param("status", status.name());
			select = select.param("status", status.name());
		}
		if (channel != null) {
			count = count.param("channel", channel.name());
			select = select.param("channel", channel.name());
		}
		long total = count.query(Long.class).single();
		return new PageOf<>(select.query(Outbox::summary).list(), pageRequest.page(), pageRequest.size(), total);
	}

	/**
	 * Puts a failed message back in the queue, due at once, for one more attempt (a further
	 * failure marks it failed again). Audited.
	 *
	 * @throws NotFound when the message does not exist or lies outside the scope
	 * @throws Conflict when it has not failed
	 */
	@Transactional
	public QueuedMessage retryNow(MessageId id, Scope scope) {
		QueuedMessage before = jdbc.sql("SELECT " + SUMMARY
				+ " FROM notification_message WHERE id = :id AND area_path LIKE ANY (:patterns) FOR UPDATE")
			.param("id", id.value())
			.param("patterns", scope.likePatternArray())
			.query(Outbox::summary)
			.optional()
			.orElseThrow(() -> new NotFound("No message " + id));
		if (before.status() != DeliveryStatus.FAILED) {
			throw new Conflict("status", "Only a failed message can be retried; message " + id + " is " + before.status());
		}
		jdbc.sql("""
				UPDATE notification_message
				   SET status = 'QUEUED', next_attempt_at = now(), claim_token = NULL, claimed_until = NULL
				 WHERE id = :id""")
			.param("id", id.value())
			.update();
		audit.record("notification", id.toString(), "retried", before.areaPath(),
				java.util.Map.of("status", before.status().name(), "attempts", before.attempts()),
				java.util.Map.of("status", DeliveryStatus.QUEUED.name(), "attempts", before.attempts()));
		return find(id, scope).orElseThrow();
	}

	private static String truncated(String error) {
		String text = error == null || error.isBlank() ? "unknown error" : error;
		return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
	}

	private static OutgoingMessage outgoing(ResultSet rs) throws SQLException {
		return new OutgoingMessage(new MessageId(rs.getLong("id")), Channel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"), rs.getString("html_body"),
				rs.getString("area_path"), rs.getString("reference"), rs.getInt("attempts"));
	}

	private static QueuedMessage summary(ResultSet rs, int row) throws SQLException {
		return new QueuedMessage(new MessageId(rs.getLong("id")), Channel.valueOf(rs.getString("channel")),
				rs.getString("recipient"), rs.getString("subject"), DeliveryStatus.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getString("last_error"), rs.getString("area_path"), rs.getString("reference"),
				instant(rs, "created_at"), instant(rs, "next_attempt_at"), instant(rs, "sent_at"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}
}
