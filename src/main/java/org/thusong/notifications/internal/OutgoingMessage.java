package org.thusong.notifications.internal;

import org.thusong.notifications.Channel;
import org.thusong.notifications.MessageId;

/**
 * A claimed message as a channel sends it.
 *
 * @param attempts the attempts made before this one
 */
public record OutgoingMessage(MessageId id, Channel channel, String recipient, String subject, String textBody,
		String htmlBody, String areaPath, String reference, int attempts) {
}
