package org.thusong.organisations;

/**
 * An organisation was created: a municipality made from the area hierarchy, or a body an
 * administrator registered.
 */
public record OrganisationRegistered(String code, OrganisationKind kind, String jurisdictionPath) {
}
