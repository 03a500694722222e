package org.thusong.notifications.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thusong.notifications.Channel;
import org.thusong.notifications.DeliveryStatus;

/**
 * Delivers due messages: claims a batch, sends each through its channel outside any database
 * transaction (no connection is held while a mail server thinks), and records each outcome. Any
 * number of instances may run it at once; the claim keeps them apart.
 * <p>
 * When a channel's server cannot be reached, the rest of that channel's batch is given back
 * untouched: one failed attempt is enough to learn the server is down, and the other messages keep
 * their attempts for when it is up.
 */
@Component
public class Dispatcher {

	private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

	private final Outbox outbox;

	private final Map<Channel, DeliveryChannel> channels = new EnumMap<>(Channel.class);

	private final NotificationSettings settings;

	Dispatcher(Outbox outbox, List<DeliveryChannel> adapters, NotificationSettings settings) {
		this.outbox = outbox;
		this.settings = settings;
		for (DeliveryChannel adapter : adapters) {
			DeliveryChannel before = channels.put(adapter.channel(), adapter);
			if (before != null) {
				throw new IllegalStateException("Two adapters for " + adapter.channel() + ": " + before + " and " + adapter);
			}
		}
	}

	/** What one run did. */
	public record Run(int sent, int retryLater, int failed, int released) {

		public int claimed() {
			return sent + retryLater + failed + released;
		}
	}

	/** Claims one batch of due messages and delivers it. */
	public Run dispatch() {
		Set<Channel> ready = EnumSet.noneOf(Channel.class);
		channels.forEach((channel, adapter) -> {
			if (adapter.ready()) {
				ready.add(channel);
			}
		});
		UUID token = UUID.randomUUID();
		List<OutgoingMessage> batch = outbox.claim(ready, settings.batchSize(), settings.claimLease(), token);
		Set<Channel> down = EnumSet.noneOf(Channel.class);
		int sent = 0;
		int retryLater = 0;
		int failed = 0;
		int released = 0;
		for (OutgoingMessage message : batch) {
			if (down.contains(message.channel())) {
				outbox.release(message, token);
				released++;
				continue;
			}
			try {
				channels.get(message.channel()).deliver(message);
			}
			catch (DeliveryFailed | RuntimeException e) {
				boolean channelDown = e instanceof DeliveryFailed failure && failure.channelDown();
				if (channelDown) {
					down.add(message.channel());
				}
				Optional<DeliveryStatus> now = outbox.markAttemptFailed(message, token, e.getMessage(), settings.maxAttempts());
				if (now.orElse(null) == DeliveryStatus.FAILED) {
					failed++;
					log.warn("{} message {} failed for good after {} attempts: {}", message.channel(), message.id(),
							message.attempts() + 1, e.getMessage());
				}
				else {
					retryLater++;
					log.warn("{} message {} not delivered (attempt {}), will retry{}: {}", message.channel(), message.id(),
							message.attempts() + 1, channelDown ? "; the server is unreachable" : "", e.getMessage());
				}
				continue;
			}
			if (outbox.markSent(message, token)) {
				sent++;
			}
		}
		if (!batch.isEmpty()) {
			log.debug("Dispatched {} messages: {} sent, {} to retry, {} failed, {} given back", batch.size(), sent,
					retryLater, failed, released);
		}
		return new Run(sent, retryLater, failed, released);
	}
}
