package org.thusong.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The form that changes an organisation's facts; its code never changes. */
record OrganisationChangeForm(
		@NotBlank(message = "{organisations.error.name}") @Size(max = 200, message = "{organisations.error.name}") String name,
		@NotBlank(message = "{organisations.error.kind}") String kind,
		@NotBlank(message = "{organisations.error.jurisdiction}") String jurisdictionAreaCode) {
}
