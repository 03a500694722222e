package org.thusong.identity;

/**
 * What a person does in Thusong. Roles add up: a manager who also captures actuals holds both.
 */
public enum Role {

	ADMIN, COORDINATOR, MANAGER, OFFICER, PMS_OFFICER, AUDITOR, AGENT, COMMUNITY_REPRESENTATIVE;

	/** The Spring Security authority name, e.g. {@code ROLE_PMS_OFFICER}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The key of the role's label in the message bundles. */
	public String messageKey() {
		return "role." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
