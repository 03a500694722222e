package org.thusong.requests;

/** Who filed a request: the resident, someone on residents' behalf, or the contact centre. */
public enum FiledBy {
	CITIZEN, COMMUNITY_REPRESENTATIVE, NGO, AGENT
}
