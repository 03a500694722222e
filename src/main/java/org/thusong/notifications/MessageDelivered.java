package org.thusong.notifications;

/**
 * A message was accepted by the mail server or SMS gateway. Published in the transaction that
 * records it, through the event publication registry.
 *
 * @param reference what the message was about (e.g. a request's reference number), or {@code null}
 */
public record MessageDelivered(MessageId id, Channel channel, String areaPath, String reference) {
}
