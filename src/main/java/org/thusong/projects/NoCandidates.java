package org.thusong.projects;

/** An investment plan was asked for where no project is a candidate (identified, planning or design). */
public class NoCandidates extends org.thusong.core.Conflict {

	public NoCandidates(String message) {
		super("candidates", message);
	}
}
