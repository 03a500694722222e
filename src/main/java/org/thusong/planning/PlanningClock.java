package org.thusong.planning;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/**
 * Today and now for the quarterly cycle: which quarters have ended, whether one has closed.
 * Days are counted in South African time; tests move the clock.
 */
@Component
public class PlanningClock {

	private volatile Clock clock = Clock.system(ZoneId.of("Africa/Johannesburg"));

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public Instant now() {
		return clock.instant();
	}

	/** For tests: fixes the day. */
	public void set(Clock fixed) {
		this.clock = fixed;
	}
}
