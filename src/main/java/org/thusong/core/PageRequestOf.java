package org.thusong.core;

/**
 * Which page of a list is asked for. Bad numbers are a client error, said plainly, never a 500.
 */
public record PageRequestOf(int page, int size) {

	public PageRequestOf {
		if (page < 0) {
			throw new InvalidInput("page", "must be 0 or more");
		}
		if (size < 1 || size > PageOf.MAX_SIZE) {
			throw new InvalidInput("size", "must be between 1 and " + PageOf.MAX_SIZE);
		}
	}

	public static PageRequestOf of(Integer page, Integer size, int defaultSize) {
		return new PageRequestOf(page == null ? 0 : page, size == null ? defaultSize : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
