package org.thusong.indicators.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thusong.indicators.Aggregation;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;
import org.thusong.organisations.Organisations;
import org.thusong.planning.ActualApproved;
import org.thusong.planning.FinancialYear;
import org.thusong.planning.Kpi;
import org.thusong.planning.Sdbips;

/**
 * Each approved quarterly actual of an SDBIP KPI becomes a value of the data element
 * {@code KPI.<organisation>.<ref>} for the calendar quarter the financial quarter is (South
 * Africa's first quarter of 2025/26 is 2025Q3), so that a municipality's performance sits beside
 * every other figure of its area. The element adds up over quarters as the KPI's calculation type
 * says: cumulative sums, average averages, the others take the latest quarter.
 */
@Component
class ApprovedActuals {

	static final String ORIGIN = "planning";

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	private final Sdbips sdbips;

	private final Organisations organisations;

	ApprovedActuals(IndicatorLibrary library, IndicatorValues values, Sdbips sdbips, Organisations organisations) {
		this.library = library;
		this.values = values;
		this.sdbips = sdbips;
		this.organisations = organisations;
	}

	@ApplicationModuleListener
	void on(ActualApproved approved) {
		if (approved.value() == null) {
			return; // a milestone or an actual without a number: nothing to count
		}
		Kpi kpi = sdbips.kpi(approved.kpiId()).orElse(null);
		Aggregation aggregation = kpi == null ? Aggregation.LAST : switch (kpi.calculationType()) {
			case CUMULATIVE -> Aggregation.SUM;
			case AVERAGE -> Aggregation.AVERAGE;
			default -> Aggregation.LAST;
		};
		String code = "KPI." + approved.organisationCode() + "." + approved.kpiRef();
		String name = (kpi == null ? approved.kpiRef() : kpi.indicator()) + " (" + approved.organisationCode() + " SDBIP"
				+ (approved.unit() == null ? "" : ", " + approved.unit()) + ")";
		library.ensureElement(code, name, aggregation, ORIGIN);
		LocalDate start = FinancialYear.of(approved.financialYear(), approved.areaPath()).quarterStart(approved.quarter());
		Period quarter = Period.parse(start.getYear() + "Q" + (1 + (start.getMonthValue() - 1) / 3), "period");
		String area = organisations.findByCode(approved.organisationCode()).map(o -> o.jurisdictionAreaCode())
			.orElse(approved.organisationCode());
		values.store(List.of(new IndicatorValues.NewValue(code, area, approved.areaPath(), quarter, approved.value(), null)),
				ORIGIN, null);
	}
}
