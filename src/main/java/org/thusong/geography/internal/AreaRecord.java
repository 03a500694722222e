package org.thusong.geography.internal;

import java.math.BigDecimal;

import org.thusong.geography.AreaLevel;

/** One area as read from a reference file, before it has a code path. */
public record AreaRecord(int line, String code, String name, AreaLevel level, String kind, String parentCode,
		String category, String miifCategory, BigDecimal squareKm, Long population) {
}
