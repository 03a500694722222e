package org.thusong.geography.internal;

/**
 * What every background import shows while it waits, runs and when it has ended: its status and
 * how far it is (processed of total).
 */
public interface ImportJob {

	long id();

	String status();

	int processed();

	int total();

	/** Waiting for an earlier import, or running: the page keeps polling. */
	default boolean running() {
		return "QUEUED".equals(status()) || "RUNNING".equals(status());
	}

	default boolean failed() {
		return "FAILED".equals(status());
	}

	default int percent() {
		return total() == 0 ? (running() ? 0 : 100) : Math.min(100, processed() * 100 / total());
	}
}
