package org.thusong.core;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The part of the area hierarchy a person or machine client may see and change.
 * <p>
 * An area is addressed by its <em>code path</em>: the codes from the country down, joined by
 * {@code /} (e.g. {@code ZA/EC/DC12/EC121/21201001}). Code paths are stable across demarcations
 * for areas that keep their code, so a scope rooted at {@code ZA/EC/DC12/EC121} covers Mbhashe and
 * its wards in the 2011 and 2016 demarcations alike. Every table holding scoped data carries the
 * owning area's code path; every query filters it through {@link #likePatterns()}.
 */
public record Scope(boolean unrestricted, Set<String> roots) implements java.io.Serializable {

	private static final Scope EVERYTHING = new Scope(true, Set.of());

	private static final Scope NOTHING = new Scope(false, Set.of());

	public Scope {
		roots = Set.copyOf(new TreeSet<>(roots));
		for (String root : roots) {
			if (root.isBlank() || root.startsWith("/") || root.endsWith("/")) {
				throw new IllegalArgumentException("A scope root is a code path such as ZA/EC/DC12, not '" + root + "'");
			}
		}
	}

	public static Scope everything() {
		return EVERYTHING;
	}

	public static Scope nothing() {
		return NOTHING;
	}

	public static Scope of(String... codePaths) {
		return new Scope(false, Set.of(codePaths));
	}

	/** Whether the area at this code path lies inside the scope (the root itself included). */
	public boolean covers(String codePath) {
		if (unrestricted) {
			return true;
		}
		if (codePath == null) {
			return false;
		}
		for (String root : roots) {
			if (codePath.equals(root) || codePath.startsWith(root + "/")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the area is an ancestor of the scope's roots: such areas are shown as the way down
	 * (a breadcrumb), not as content.
	 */
	public boolean isAbove(String codePath) {
		if (unrestricted || codePath == null) {
			return false;
		}
		return roots.stream().anyMatch(root -> root.startsWith(codePath + "/"));
	}

	/**
	 * Patterns for SQL {@code code_path LIKE ANY (?)}: each root itself and everything below it.
	 * An unrestricted scope yields {@code %}; an empty scope yields a pattern no path matches.
	 */
	public List<String> likePatterns() {
		if (unrestricted) {
			return List.of("%");
		}
		if (roots.isEmpty()) {
			return List.of("");
		}
		return roots.stream()
			.flatMap(root -> {
				String escaped = root.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
				return java.util.stream.Stream.of(escaped, escaped + "/%");
			})
			.toList();
	}

	/** The same patterns as a PostgreSQL array parameter. */
	public String[] likePatternArray() {
		return likePatterns().toArray(String[]::new);
	}
}
