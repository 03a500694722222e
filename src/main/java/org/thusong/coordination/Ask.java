package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a municipality must answer itself: a data element for a period, wanted by one or more
 * requests. Open until answered; an answered ask carries the day it was answered and the value the
 * central database now holds for it.
 */
public record Ask(long id, String municipality, String dataElement, String elementName, String definition, String unit,
		String period, LocalDate dueOn, List<String> requests, LocalDate answeredOn, BigDecimal answer) {

	public boolean open() {
		return answeredOn == null;
	}
}
