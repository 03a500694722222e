package org.thusong.requests;

/** How urgent a service's requests are by default. */
public enum Priority {
	LOW, NORMAL, HIGH, URGENT
}
