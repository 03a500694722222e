package org.thusong.planning;

import org.thusong.core.Conflict;

/** A workflow step the actual's state, the quarter's closing or the person's role does not allow. */
public class WorkflowStepRefused extends Conflict {

	public WorkflowStepRefused(String field, String message) {
		super(field, message);
	}
}
