package org.thusong.documents.web;

import org.springframework.stereotype.Component;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * Decides which area an upload belongs to. A document belongs to the uploader's organisation's
 * jurisdiction, or to an area inside it that the uploader names (a ward, say). The platform
 * administrator has no organisation and names the area.
 */
@Component
class UploaderArea {

	private final Organisations organisations;

	UploaderArea(Organisations organisations) {
		this.organisations = organisations;
	}

	/** Where the user's uploads go by default: their organisation, if it has a jurisdiction. */
	Owner defaultFor(ThusongUser me) {
		if (me == null || me.organisationCode() == null) {
			return null;
		}
		return organisations.findByCode(me.organisationCode())
			.map(o -> new Owner(o.jurisdictionPath(), o.code(), o.name()))
			.orElse(null);
	}

	/** The area and organisation an upload by this user is stored under. */
	Owner resolve(ThusongUser me, String requestedArea) {
		String requested = requestedArea == null || requestedArea.isBlank() ? null : requestedArea.strip();
		if (me == null) {
			throw new Conflict("organisation", "only a signed-in person can upload documents");
		}
		if (me.organisationCode() == null) {
			if (requested == null) {
				throw new InvalidInput("area", "name the area the document belongs to, e.g. ZA/EC/DC12/EC121");
			}
			return new Owner(requested, null, null);
		}
		OrganisationSummary organisation = organisations.findByCode(me.organisationCode())
			.orElseThrow(() -> new Conflict("organisation",
					"your organisation " + me.organisationCode() + " no longer exists; documents cannot be stored for it"));
		if (requested == null) {
			return new Owner(organisation.jurisdictionPath(), organisation.code(), organisation.name());
		}
		if (!me.scope().covers(requested)) {
			throw new InvalidInput("area", "must lie inside " + organisation.jurisdictionPath());
		}
		return new Owner(requested, organisation.code(), organisation.name());
	}

	/** The owner of an upload: an area's code path and the organisation, if any. */
	record Owner(String areaPath, String organisationCode, String organisationName) {
	}
}
