package org.thusong.notifications.internal;

import org.thusong.notifications.Channel;

/**
 * An SMS adapter. Which one runs is chosen by {@code thusong.notifications.sms}; today only
 * {@code log} ({@link LoggingSmsChannel}) exists. A gateway adapter implements this interface,
 * throws {@link DeliveryFailed} with {@code channelDown} when the gateway cannot be reached, and
 * is registered under its own property value.
 */
public interface SmsChannel extends DeliveryChannel {

	@Override
	default Channel channel() {
		return Channel.SMS;
	}
}
