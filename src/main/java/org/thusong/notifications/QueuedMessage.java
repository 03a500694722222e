package org.thusong.notifications;

import java.time.Instant;

import org.thusong.notifications.internal.RecipientMask;

/**
 * One message in the outbox and how its delivery went.
 *
 * @param recipient the e-mail address or phone number (normalised: digits, with a leading
 * {@code +} for international numbers); show {@link #maskedRecipient()} to people
 * @param subject the e-mail's subject, {@code null} for an SMS
 * @param areaPath the code path of the area the message concerns, which decides who may see it
 * @param reference what the message is about, e.g. a request's reference number, or {@code null}
 * @param attempts how many times delivery was tried
 * @param lastError what went wrong the last time an attempt failed, or {@code null}
 * @param nextAttemptAt when a queued message is tried next
 * @param sentAt when the server or gateway accepted it, or {@code null}
 */
public record QueuedMessage(MessageId id, Channel channel, String recipient, String subject, DeliveryStatus status,
		int attempts, String lastError, String areaPath, String reference, Instant createdAt, Instant nextAttemptAt,
		Instant sentAt) {

	/** The recipient as shown on screens: {@code t***@example.org}, {@code +2782***4567}. */
	public String maskedRecipient() {
		return channel == Channel.EMAIL ? RecipientMask.email(recipient) : RecipientMask.phone(recipient);
	}
}
