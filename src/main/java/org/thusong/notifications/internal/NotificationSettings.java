package org.thusong.notifications.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code thusong.notifications.*}.
 *
 * @param dispatchInterval the pause between dispatcher runs on each instance
 * @param scheduled whether this instance runs the dispatcher at all; an instance that must never
 * send (or a test that drives the dispatcher itself) sets {@code false}
 * @param batchSize how many due messages one run claims
 * @param maxAttempts how many failed attempts mark a message {@code FAILED}
 * @param claimLease how long a claimed message is left to the instance that claimed it; if that
 * instance dies mid-send, another claims the message once the lease runs out
 * @param sms the SMS adapter: {@code log} (the default, and for now the only one) writes each SMS
 * to the log instead of sending it
 */
@ConfigurationProperties("thusong.notifications")
public record NotificationSettings(@DefaultValue("PT5S") Duration dispatchInterval,
		@DefaultValue("true") boolean scheduled, @DefaultValue("50") int batchSize,
		@DefaultValue("10") int maxAttempts, @DefaultValue("PT5M") Duration claimLease,
		@DefaultValue("log") String sms) {

	public NotificationSettings {
		if (dispatchInterval.isNegative() || dispatchInterval.isZero()) {
			throw new IllegalArgumentException("thusong.notifications.dispatch-interval must be positive");
		}
		if (batchSize < 1 || batchSize > 1000) {
			throw new IllegalArgumentException("thusong.notifications.batch-size must be between 1 and 1000");
		}
		if (maxAttempts < 1) {
			throw new IllegalArgumentException("thusong.notifications.max-attempts must be at least 1");
		}
		if (claimLease.compareTo(Duration.ofSeconds(30)) < 0) {
			throw new IllegalArgumentException("thusong.notifications.claim-lease must be at least 30 seconds");
		}
		if (!"log".equals(sms)) {
			throw new IllegalArgumentException(
					"thusong.notifications.sms must be 'log' (the logging adapter); no SMS gateway adapter exists yet, not '"
							+ sms + "'");
		}
	}
}
