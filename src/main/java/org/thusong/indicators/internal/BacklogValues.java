package org.thusong.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thusong.backlogs.BacklogFiguresLoaded;
import org.thusong.backlogs.Backlogs;
import org.thusong.backlogs.BasicService;
import org.thusong.indicators.Aggregation;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;

/**
 * The basic-service backlogs as values of the central database: per ward and survey year, the
 * households (or persons) below the norm ({@code BACKLOG.<service>.BELOW}) and those classed
 * against it ({@code BACKLOG.<service>.CLASSED}), and the indicator {@code BACKLOG.<service>}, the
 * share below the norm, which then rolls up to any municipality, district or province like every
 * other indicator. Kept when the backlogs module loads or reclasses figures, and on start for the
 * census the first start loads without an event.
 */
@Component
@Order(60)
class BacklogValues implements ApplicationRunner {

	static final String ORIGIN = "backlogs";

	private static final Logger log = LoggerFactory.getLogger(BacklogValues.class);

	private final Backlogs backlogs;

	private final IndicatorLibrary library;

	private final IndicatorValues values;

	private final JdbcClient jdbc;

	BacklogValues(Backlogs backlogs, IndicatorLibrary library, IndicatorValues values, JdbcClient jdbc) {
		this.backlogs = backlogs;
		this.library = library;
		this.values = values;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Backlogs.Survey survey : backlogs.surveys()) {
			boolean held = jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_value WHERE data_element = :e AND period = :p)")
				.param("e", below(survey.service()))
				.param("p", String.valueOf(survey.surveyYear()))
				.query(Boolean.class)
				.single();
			if (!held) {
				keep(survey.demarcation(), survey.service(), survey.surveyYear(), survey.unit());
			}
		}
	}

	@ApplicationModuleListener
	void on(BacklogFiguresLoaded loaded) {
		keep(loaded.demarcation(), loaded.service(), loaded.surveyYear(), loaded.unit());
	}

	private void keep(String demarcation, BasicService service, int surveyYear, String unit) {
		long started = System.nanoTime();
		String who = "persons".equalsIgnoreCase(unit) ? "Persons" : "Households";
		library.ensureElement(below(service), who + " below the basic " + service.code() + " norm", Aggregation.SUM, ORIGIN);
		library.ensureElement(classed(service), who + " classed against the " + service.code() + " norm", Aggregation.SUM,
				ORIGIN);
		library.ensureIndicator("BACKLOG." + service.code(), who + " below the basic " + service.code() + " norm (%)",
				"Basic-service backlogs", List.of("+" + below(service)), List.of("+" + classed(service)), BigDecimal.valueOf(100),
				"Of the " + who.toLowerCase() + " whose " + service.code() + " the census or survey classes against the minimum"
						+ " norm, the share below it; unspecified and not applicable answers are left out, as on the backlog pages.",
				ORIGIN);
		Period year = Period.parse(String.valueOf(surveyYear), "surveyYear");
		List<IndicatorValues.NewValue> list = new ArrayList<>();
		for (Backlogs.WardFigure ward : backlogs.wardFigures(demarcation, service, surveyYear)) {
			list.add(new IndicatorValues.NewValue(below(service), ward.wardCode(), ward.areaPath(), year,
					BigDecimal.valueOf(ward.belowNorm()), null));
			list.add(new IndicatorValues.NewValue(classed(service), ward.wardCode(), ward.areaPath(), year,
					BigDecimal.valueOf(ward.classed()), null));
		}
		IndicatorValues.Stored stored = values.store(list, ORIGIN + " (" + demarcation + ")", null);
		log.info("Backlog values for {} {} {}: {} new, {} changed in {} ms", demarcation, service.code(), surveyYear,
				stored.imported(), stored.updated(), (System.nanoTime() - started) / 1_000_000);
	}

	static String below(BasicService service) {
		return "BACKLOG." + service.code() + ".BELOW";
	}

	static String classed(BasicService service) {
		return "BACKLOG." + service.code() + ".CLASSED";
	}
}
