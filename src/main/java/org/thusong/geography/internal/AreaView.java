package org.thusong.geography.internal;

import java.math.BigDecimal;

import org.thusong.geography.AreaLevel;

/** An area as pages and the API show it. */
public record AreaView(String demarcation, String code, String name, AreaLevel level, String kind, String parentCode,
		String codePath, String category, String miifCategory, BigDecimal squareKm, Long population, Long households,
		boolean hasBoundary, BigDecimal boundarySquareKm) {

	public String country() {
		int slash = codePath.indexOf('/');
		return slash < 0 ? codePath : codePath.substring(0, slash);
	}

	/** The official area if known, else the area of the loaded boundary. */
	public BigDecimal areaKm2() {
		return squareKm != null ? squareKm : boundarySquareKm;
	}
}
