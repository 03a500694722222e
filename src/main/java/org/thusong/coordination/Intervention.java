package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One support intervention by a provider to a municipality. */
public record Intervention(long id, String providerCode, String providerName, String municipalityCode,
		SupportArea area, SupportType type, String title, int peopleDeployed, LocalDate startsOn, LocalDate endsOn,
		BigDecimal budget, SupportStatus status, String outcome, String skillsTransferred) {

	/** Whether the two run at the same time for at least a day. */
	public boolean overlaps(Intervention other) {
		return !startsOn.isAfter(other.endsOn) && !other.startsOn.isAfter(endsOn);
	}
}
