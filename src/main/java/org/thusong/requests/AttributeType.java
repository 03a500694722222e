package org.thusong.requests;

/** The Open311 datatypes of a service's extra questions. */
public enum AttributeType {

	STRING, NUMBER, DATETIME, TEXT, SINGLEVALUELIST, MULTIVALUELIST;

	/** The spelling Open311 uses ({@code singlevaluelist}). */
	public String open311() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public boolean isList() {
		return this == SINGLEVALUELIST || this == MULTIVALUELIST;
	}
}
