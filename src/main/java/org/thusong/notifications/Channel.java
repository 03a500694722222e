package org.thusong.notifications;

/** How a message travels. */
public enum Channel {

	EMAIL, SMS;

	/** The key of the channel's label in the message bundles. */
	public String messageKey() {
		return "notifications.channel." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
