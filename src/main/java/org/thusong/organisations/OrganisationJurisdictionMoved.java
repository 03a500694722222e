package org.thusong.organisations;

/** An organisation's jurisdiction changed, and with it the scope of its users and keys. */
public record OrganisationJurisdictionMoved(String code, String previousPath, String jurisdictionPath) {
}
