package org.thusong.notifications;

/**
 * Where a message stands. {@code QUEUED} waits for (another) attempt; {@code SENT} was accepted by
 * the mail server or SMS gateway; {@code FAILED} gave up after the configured number of attempts
 * and waits for an administrator's "retry now".
 */
public enum DeliveryStatus {

	QUEUED, SENT, FAILED;

	/** The key of the status's label in the message bundles. */
	public String messageKey() {
		return "notifications.status." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
