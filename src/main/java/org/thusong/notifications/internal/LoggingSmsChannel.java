package org.thusong.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The default SMS "adapter": it sends nothing. It writes each SMS to the log named
 * {@code thusong.sms} (recipient masked) and reports it delivered, so that development, demos and
 * deployments without an SMS gateway see what would have gone out. Not a gateway: no phone
 * receives these messages.
 */
@Component
@ConditionalOnProperty(name = "thusong.notifications.sms", havingValue = "log", matchIfMissing = true)
class LoggingSmsChannel implements SmsChannel {

	/** A named logger, so operators can route or silence the "sent" SMS texts on their own. */
	static final Logger SMS_LOG = LoggerFactory.getLogger("thusong.sms");

	private static final Logger log = LoggerFactory.getLogger(LoggingSmsChannel.class);

	@Override
	public boolean ready() {
		return true;
	}

	@Override
	public void deliver(OutgoingMessage message) {
		SMS_LOG.info("SMS {} to {} (area {}, reference {}): {}", message.id(), RecipientMask.phone(message.recipient()),
				message.areaPath(), message.reference() == null ? "-" : message.reference(), message.textBody());
	}

	@EventListener(ApplicationReadyEvent.class)
	void sayWhatThisIs() {
		log.info("SMS delivery uses the logging adapter (thusong.notifications.sms=log): SMS texts are written to the"
				+ " 'thusong.sms' log and marked sent; no phone receives them");
	}
}
