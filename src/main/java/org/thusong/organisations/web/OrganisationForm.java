package org.thusong.organisations.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The form that registers an organisation (all text: a bad kind is a message, not a binding failure). */
record OrganisationForm(
		@NotBlank(message = "{organisations.error.code}") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,39}", message = "{organisations.error.code}") String code,
		@NotBlank(message = "{organisations.error.name}") @Size(max = 200, message = "{organisations.error.name}") String name,
		@NotBlank(message = "{organisations.error.kind}") String kind,
		@NotBlank(message = "{organisations.error.jurisdiction}") String jurisdictionAreaCode) {

	static OrganisationForm empty() {
		return new OrganisationForm("", "", "", "");
	}
}
