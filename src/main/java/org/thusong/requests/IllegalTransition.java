package org.thusong.requests;

import org.thusong.core.Conflict;

/** A step the lifecycle does not allow from where the request stands (a 409). */
public class IllegalTransition extends Conflict {

	public IllegalTransition(String reference, RequestStatus from, RequestStatus to) {
		super("status", "Request " + reference + " is " + from.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
				+ "; it cannot become " + to.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
	}
}
