package org.thusong.requests.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * When a request is due: its service's target, counted in calendar hours from filing.
 * (Working hours and public holidays per organisation are the next step of issue 3.)
 */
@Component
public class ServiceLevelClock {

	public Instant dueAt(Instant submittedAt, int targetHours) {
		return submittedAt.plus(Duration.ofHours(targetHours));
	}
}
