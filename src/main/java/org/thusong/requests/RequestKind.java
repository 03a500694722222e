package org.thusong.requests;

/** What a person brings to the desk. */
public enum RequestKind {
	REQUEST, COMPLAINT, SUGGESTION, ENQUIRY, COMPLIMENT
}
