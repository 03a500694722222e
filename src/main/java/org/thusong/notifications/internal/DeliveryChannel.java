package org.thusong.notifications.internal;

import org.thusong.notifications.Channel;

/** An adapter that hands messages of one {@link Channel} to the outside world. */
public interface DeliveryChannel {

	Channel channel();

	/**
	 * Whether the channel is configured; messages of a channel that is not stay queued, untouched,
	 * until it is.
	 */
	boolean ready();

	/**
	 * Sends one message; returning normally means the server or gateway accepted it.
	 *
	 * @throws DeliveryFailed when it did not
	 */
	void deliver(OutgoingMessage message) throws DeliveryFailed;
}
