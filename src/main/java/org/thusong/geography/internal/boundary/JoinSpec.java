package org.thusong.geography.internal.boundary;

import org.thusong.geography.AreaLevel;

/**
 * Which areas a boundary file's features are joined to: those of one level in one demarcation,
 * by the feature property {@code property} holding the area's code or name. For a name join,
 * {@code parentProperty} may name a property holding the parent's name (an ilçe is only unique
 * within its il).
 */
public record JoinSpec(String demarcation, AreaLevel level, String property, JoinBy joinBy, String parentProperty) {

	public static JoinSpec byCode(String demarcation, AreaLevel level, String property) {
		return new JoinSpec(demarcation, level, property, JoinBy.CODE, null);
	}

	public static JoinSpec byName(String demarcation, AreaLevel level, String property, String parentProperty) {
		return new JoinSpec(demarcation, level, property, JoinBy.NAME, parentProperty);
	}

	public String describe() {
		return level.name().toLowerCase(java.util.Locale.ROOT) + " of " + demarcation + " by " + joinBy.name().toLowerCase(java.util.Locale.ROOT)
				+ " in '" + property + "'" + (parentProperty == null ? "" : " within the parent named in '" + parentProperty + "'");
	}
}
