package org.thusong.notifications.internal;

import java.time.Duration;
import java.util.List;

/**
 * How long a message waits after a failed attempt: 30 s, 2 min, 10 min, 1 h, 3 h, then every 6 h.
 * With the default ten attempts a message rides out a mail server that is down for a day before
 * it is marked failed.
 */
public final class Backoff {

	private static final List<Duration> STEPS = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2),
			Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(6));

	private Backoff() {
	}

	/**
	 * @param failedAttempts how many attempts have failed so far, this one included (1 or more)
	 * @return how long to wait before the next attempt
	 */
	public static Duration after(int failedAttempts) {
		if (failedAttempts < 1) {
			throw new IllegalArgumentException("Back off after a failed attempt, not after " + failedAttempts);
		}
		return STEPS.get(Math.min(failedAttempts, STEPS.size()) - 1);
	}
}
