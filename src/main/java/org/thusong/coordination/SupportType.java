package org.thusong.coordination;

/** How a municipality is supported. */
public enum SupportType {
	HANDS_ON, TRAINING, DEPLOYMENT, GRANT;

	public String messageKey() {
		return "coordination.support.type." + name();
	}
}
