package org.thusong.notifications.internal;

/**
 * A message was not accepted. {@code channelDown} says the server itself could not be reached
 * (or refused our credentials), so the other messages of the run need not try it again now.
 */
public class DeliveryFailed extends Exception {

	private final boolean channelDown;

	public DeliveryFailed(String message, boolean channelDown, Throwable cause) {
		super(message, cause);
		this.channelDown = channelDown;
	}

	public boolean channelDown() {
		return channelDown;
	}
}
