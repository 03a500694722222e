package org.thusong.requests;

import org.thusong.core.Conflict;

/** A step the lifecycle does not allow from where the request stands (a 409). */
public class IllegalTransition extends Conflict {

	private final String reference;

	private final RequestStatus from;

	private final RequestStatus to;

	public IllegalTransition(String reference, RequestStatus from, RequestStatus to) {
		super("status", "Request " + reference + " is " + from.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
				+ "; it cannot become " + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
		this.reference = reference;
		this.from = from;
		this.to = to;
	}

	public String reference() {
		return reference;
	}

	public RequestStatus from() {
		return from;
	}

	public RequestStatus to() {
		return to;
	}
}
