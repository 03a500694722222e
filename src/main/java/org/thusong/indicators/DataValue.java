package org.thusong.indicators;

import java.math.BigDecimal;
import java.time.Instant;

/** One stored value: a data element in an area (DHIS2's orgUnit) for a period, with its source. */
public record DataValue(String dataElement, String orgUnit, String areaPath, String period, BigDecimal value,
		String comment, String source, String approvedBy, Instant updatedAt) {
}
