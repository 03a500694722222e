package org.thusong.coordination;

import java.time.LocalDate;
import java.util.List;

/** What a municipality must answer itself: a data element for a period, wanted by one or more requests. */
public record Ask(long id, String municipality, String dataElement, String elementName, String definition, String period,
		LocalDate dueOn, List<String> requests) {
}
