package org.thusong.requests;

/** What on-time figures are grouped by. */
public enum OnTimeGroup {
	SERVICE, DEPARTMENT, WARD, MONTH
}
