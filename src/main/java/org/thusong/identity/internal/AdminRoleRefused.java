package org.thusong.identity.internal;

import org.springframework.security.access.AccessDeniedException;

/** Only a platform administrator may grant (or take away) the ADMIN role. */
public class AdminRoleRefused extends AccessDeniedException {

	public AdminRoleRefused() {
		super("roles: only a platform administrator may grant the ADMIN role");
	}
}
