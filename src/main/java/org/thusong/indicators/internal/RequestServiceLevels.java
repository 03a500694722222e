package org.thusong.indicators.internal;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thusong.indicators.Aggregation;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;
import org.thusong.requests.ServiceLevelsCounted;

/**
 * Requests resolved on time and late per ward, service and month, as the requests module counts
 * them, kept as values of {@code REQ.RESOLVED_ON_TIME.<service>} and {@code REQ.DUE.<service>} (on
 * time plus late), with the indicator {@code REQ.ONTIME.<service>}: the share on time, which rolls up
 * to a municipality, a quarter or a year like every other.
 */
@Component
class RequestServiceLevels {

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	RequestServiceLevels(IndicatorLibrary library, IndicatorValues values) {
		this.library = library;
		this.values = values;
	}

	@ApplicationModuleListener
	void on(ServiceLevelsCounted counted) {
		String service = counted.serviceCode();
		String onTime = "REQ.RESOLVED_ON_TIME." + service;
		String decided = "REQ.DUE." + service;
		library.ensureElement(onTime, "Requests resolved on time: " + service, Aggregation.SUM, RequestVolumes.ORIGIN);
		library.ensureElement(decided, "Requests due (on time or late): " + service, Aggregation.SUM, RequestVolumes.ORIGIN);
		library.ensureIndicator("REQ.ONTIME." + service, "Requests resolved on time: " + service + " (%)", "Requests desk",
				List.of("+" + onTime), List.of("+" + decided), BigDecimal.valueOf(100), "Monthly",
				"Of the requests for this service whose due time has come (resolved, or still open past it), the share"
						+ " resolved by their due time; requests not yet due, rejected, referred and duplicates are left out.",
				RequestVolumes.ORIGIN);
		RequestPlace place = RequestPlace.of(counted.organisationCode(), counted.areaPath(), counted.wardCode());
		Period month = Period.month(counted.month());
		values.store(List.of(
				new IndicatorValues.NewValue(onTime, place.areaCode(), place.areaPath(), month, BigDecimal.valueOf(counted.onTime()), null),
				new IndicatorValues.NewValue(decided, place.areaCode(), place.areaPath(), month,
						BigDecimal.valueOf(counted.onTime() + counted.late()), null)),
				RequestVolumes.ORIGIN, null);
	}
}
