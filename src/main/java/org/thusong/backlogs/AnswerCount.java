package org.thusong.backlogs;

/**
 * One source answer's count in an area, with the class the norm mapping gives it: the figures
 * behind a backlog. For a ward, {@code sourceLine} is the line of the loaded file it came from.
 */
public record AnswerCount(String answer, NormClass normClass, long count, String unit, Integer sourceLine, String sourceFile) {
}
