package org.thusong.audit.web;

import org.thusong.core.InvalidInput;

/**
 * A filter the audit page or API cannot read. The API answers it as any {@link InvalidInput}
 * (400 naming the field); the page shows the message under {@link #messageKey()} in the reader's
 * language.
 */
class BadAuditQuery extends InvalidInput {

	private final String messageKey;

	BadAuditQuery(String field, String rule, String messageKey) {
		super(field, rule);
		this.messageKey = messageKey;
	}

	String messageKey() {
		return messageKey;
	}
}
