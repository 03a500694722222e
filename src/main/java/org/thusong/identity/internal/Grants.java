package org.thusong.identity.internal;

import java.util.Set;

import org.thusong.core.InvalidInput;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * What an administrator may hand out: accounts and keys in organisations within their scope; the
 * ADMIN role and platform-wide accounts only if they are a platform administrator themselves.
 */
final class Grants {

	private Grants() {
	}

	static boolean isPlatformAdmin(ThusongUser actor) {
		return actor.has(Role.ADMIN) && actor.organisationCode() == null && actor.scope().unrestricted();
	}

	/** The organisation named, checked against the actor's scope; {@code null} for platform-wide. */
	static OrganisationSummary organisationFor(String organisationCode, ThusongUser actor, Organisations organisations) {
		if (organisationCode == null || organisationCode.isBlank()) {
			if (isPlatformAdmin(actor)) {
				return null;
			}
			throw new InvalidInput("organisationCode", "is required");
		}
		OrganisationSummary organisation = organisations.findByCode(organisationCode)
			.orElseThrow(() -> new InvalidInput("organisationCode", "no organisation has the code '" + organisationCode.trim() + "'"));
		if (!actor.scope().covers(organisation.jurisdictionPath())) {
			throw new OutsideScope(organisation.code());
		}
		return organisation;
	}

	static void requireMayGrant(Set<Role> roles, ThusongUser actor) {
		if (roles.contains(Role.ADMIN) && !isPlatformAdmin(actor)) {
			throw new AdminRoleRefused();
		}
	}
}
