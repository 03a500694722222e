package org.thusong.notifications.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link Dispatcher} every {@code thusong.notifications.dispatch-interval} (5 s by
 * default) on every instance, unless {@code thusong.notifications.scheduled=false}. A run that
 * fills its batch goes again at once, so a backlog drains at the speed of the server.
 */
@Component
@ConditionalOnProperty(name = "thusong.notifications.scheduled", havingValue = "true", matchIfMissing = true)
class DispatchSchedule {

	private static final Logger log = LoggerFactory.getLogger(DispatchSchedule.class);

	/** A bound on back-to-back batches, so one instance yields its scheduler thread now and then. */
	private static final int MAX_BATCHES_PER_RUN = 20;

	private final Dispatcher dispatcher;

	private final NotificationSettings settings;

	DispatchSchedule(Dispatcher dispatcher, NotificationSettings settings) {
		this.dispatcher = dispatcher;
		this.settings = settings;
	}

	@Scheduled(initialDelayString = "${thusong.notifications.dispatch-interval:PT5S}",
			fixedDelayString = "${thusong.notifications.dispatch-interval:PT5S}")
	void dispatchDueMessages() {
		try {
			for (int i = 0; i < MAX_BATCHES_PER_RUN; i++) {
				Dispatcher.Run run = dispatcher.dispatch();
				if (run.claimed() < settings.batchSize() || run.sent() == 0) {
					return;
				}
			}
		}
		catch (RuntimeException e) {
			// The database may be briefly away; the next run tries again.
			log.warn("Dispatching notifications failed: {}", e.toString());
		}
	}
}
