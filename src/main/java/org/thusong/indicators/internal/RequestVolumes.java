package org.thusong.indicators.internal;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thusong.indicators.Aggregation;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;
import org.thusong.requests.AreaNeedsCounted;

/**
 * Requests filed per ward, service and month, as the requests module counts them, kept as values
 * of the data element {@code REQ.<service>} (made the first time a service is counted), so that
 * what communities ask for sits beside every other figure of the area.
 */
@Component
class RequestVolumes {

	static final String ORIGIN = "requests";

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	RequestVolumes(IndicatorLibrary library, IndicatorValues values) {
		this.library = library;
		this.values = values;
	}

	@ApplicationModuleListener
	void on(AreaNeedsCounted counted) {
		String code = "REQ." + counted.serviceCode();
		library.ensureElement(code, "Requests filed: " + counted.serviceCode(), Aggregation.SUM, ORIGIN);
		RequestPlace place = RequestPlace.of(counted.organisationCode(), counted.areaPath(), counted.wardCode());
		values.store(List.of(new IndicatorValues.NewValue(code, place.areaCode(), place.areaPath(), Period.month(counted.month()),
				java.math.BigDecimal.valueOf(counted.requests()), null)), ORIGIN, null);
	}
}
