package org.thusong.backlogs;

/**
 * An answer's class against the RDP minimum norm. Households (or persons) below basic are the
 * backlog; "not applicable" and "unspecified" are counted apart and left out of the percentage's
 * denominator.
 */
public enum NormClass {

	BELOW_BASIC, BASIC, ABOVE_BASIC, NOT_APPLICABLE, UNSPECIFIED;

	/** Whether the answer counts in the denominator of a backlog percentage. */
	public boolean classed() {
		return this == BELOW_BASIC || this == BASIC || this == ABOVE_BASIC;
	}

	public String messageKey() {
		return "backlogs.class." + name().toLowerCase(java.util.Locale.ROOT);
	}
}
