package org.thusong.notifications;

import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.notifications.internal.Addresses;
import org.thusong.notifications.internal.Outbox;

/**
 * The notifications module's public API: queue an e-mail or an SMS as part of a business change.
 * <p>
 * Queueing inserts a row into the outbox <em>in the caller's transaction</em> (there must be
 * one): the message exists exactly when the change that caused it committed, and nothing is sent
 * for a change that rolled back. A dispatcher on any instance delivers queued messages within a
 * few seconds, retrying with growing pauses while the mail server or SMS gateway is down; a
 * message is never dropped, only marked {@link DeliveryStatus#FAILED} after the configured number
 * of attempts, where an administrator can retry it. Listeners hear {@link MessageDelivered} and
 * {@link MessageFailed}.
 */
@Service
public class Notifications {

	private static final Pattern AREA_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

	private static final Pattern LINE_BREAK = Pattern.compile("[\\r\\n]");

	private static final int MAX_SUBJECT = 255;

	private static final int MAX_BODY = 200_000;

	/** Ten concatenated SMS segments. */
	private static final int MAX_SMS = 1_600;

	private static final int MAX_REFERENCE = 100;

	private final Outbox outbox;

	Notifications(Outbox outbox) {
		this.outbox = outbox;
	}

	/**
	 * Queues a plain-text e-mail.
	 *
	 * @see #queueEmail(String, String, String, String, String, String)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public MessageId queueEmail(String to, String subject, String textBody, String areaPath, String reference) {
		return queueEmail(to, subject, textBody, null, areaPath, reference);
	}

	/**
	 * Queues an e-mail, sent from {@code thusong.mail.from}.
	 *
	 * @param to one address, e.g. {@code thandi@example.org}
	 * @param subject one line, at most 255 characters
	 * @param textBody the plain-text body, always sent
	 * @param htmlBody an HTML alternative to the text, or {@code null}
	 * @param areaPath the code path of the area the message concerns (e.g. {@code ZA/EC/DC12/EC121}),
	 * which decides who sees it in the outbox
	 * @param reference what it is about, e.g. a request's reference number, or {@code null}
	 * @throws InvalidInput naming the field ({@code to}, {@code subject}, {@code textBody},
	 * {@code htmlBody}, {@code areaPath}, {@code reference}) that breaks a rule
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public MessageId queueEmail(String to, String subject, String textBody, String htmlBody, String areaPath,
			String reference) {
		String address = Addresses.email("to", to);
		String line = required("subject", subject, MAX_SUBJECT).strip();
		if (LINE_BREAK.matcher(line).find()) {
			throw new InvalidInput("subject", "must be a single line");
		}
		String text = required("textBody", textBody, MAX_BODY);
		String html = htmlBody == null || htmlBody.isBlank() ? null : required("htmlBody", htmlBody, MAX_BODY);
		return outbox.add(Channel.EMAIL, address, line, text, html, checkedAreaPath(areaPath), checkedReference(reference));
	}

	/**
	 * Queues an SMS.
	 *
	 * @param toPhone {@code +} and country code (e.g. {@code +27 82 123 4567}, {@code +90 532 123 45 67})
	 * or 9 to 15 digits as dialled locally; spaces, hyphens, dots and brackets are ignored
	 * @param text at most 1,600 characters
	 * @param areaPath the code path of the area the message concerns
	 * @param reference what it is about, or {@code null}
	 * @throws InvalidInput naming the field ({@code toPhone}, {@code text}, {@code areaPath},
	 * {@code reference}) that breaks a rule
	 * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public MessageId queueSms(String toPhone, String text, String areaPath, String reference) {
		String number = Addresses.phone("toPhone", toPhone);
		String body = required("text", text, MAX_SMS);
		return outbox.add(Channel.SMS, number, null, body, null, checkedAreaPath(areaPath), checkedReference(reference));
	}

	/** A queued message and how its delivery went, if it lies inside the scope. */
	@Transactional(readOnly = true)
	public Optional<QueuedMessage> find(MessageId id, Scope scope) {
		return outbox.find(id, scope);
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "is required");
		}
		if (value.length() > max) {
			throw new InvalidInput(field, "must be at most " + max + " characters");
		}
		return value;
	}

	private static String checkedAreaPath(String areaPath) {
		String path = areaPath == null ? "" : areaPath.strip();
		if (path.length() > 200 || !AREA_PATH.matcher(path).matches()) {
			throw new InvalidInput("areaPath", "must be an area code path such as ZA/EC/DC12/EC121");
		}
		return path;
	}

	private static String checkedReference(String reference) {
		if (reference == null || reference.isBlank()) {
			return null;
		}
		String text = reference.strip();
		if (text.length() > MAX_REFERENCE) {
			throw new InvalidInput("reference", "must be at most " + MAX_REFERENCE + " characters");
		}
		return text;
	}
}
