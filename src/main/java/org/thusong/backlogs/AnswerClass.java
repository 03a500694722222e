package org.thusong.backlogs;

/** How the norm mapping classes one answer of one service, and what shipped as its default. */
public record AnswerClass(BasicService service, String answer, NormClass normClass, NormClass defaultClass, String changedBy) {

	public boolean changed() {
		return normClass != defaultClass;
	}
}
