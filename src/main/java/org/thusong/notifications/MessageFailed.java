package org.thusong.notifications;

/**
 * Delivery of a message was given up after the configured number of attempts; it stays in the
 * outbox as {@link DeliveryStatus#FAILED} until an administrator retries it.
 *
 * @param reference what the message was about (e.g. a request's reference number), or {@code null}
 */
public record MessageFailed(MessageId id, Channel channel, String areaPath, String reference, int attempts) {
}
