package org.thusong.requests;

/** How a request reached the desk. */
public enum Channel {
	WEB, PHONE, WALK_IN, SMS, EMAIL, API, MOBILE
}
