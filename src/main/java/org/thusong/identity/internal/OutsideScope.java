package org.thusong.identity.internal;

import org.springframework.security.access.AccessDeniedException;

/** An administrator named an organisation outside their scope: 403, or a message on the form. */
public class OutsideScope extends AccessDeniedException {

	public OutsideScope(String organisationCode) {
		super("organisationCode: " + organisationCode + " lies outside your scope");
	}
}
