package org.thusong.indicators.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.backlogs.BacklogFiguresLoaded;
import org.thusong.backlogs.Backlogs;
import org.thusong.backlogs.BasicService;
import org.thusong.indicators.Aggregation;
import org.thusong.indicators.IndicatorLibrary;
import org.thusong.indicators.IndicatorValues;
import org.thusong.indicators.Period;

/**
 * The basic-service backlogs as values of the central database: per ward and survey year, those
 * below the norm ({@code BACKLOG.<service>.<unit>.BELOW}) and those classed against it
 * ({@code BACKLOG.<service>.<unit>.CLASSED}), and the indicator {@code BACKLOG.<service>.<unit>}, the
 * share below the norm, which then rolls up to any municipality, district or province like every
 * other indicator. The unit is part of the code: the 2011 census counts persons, the 2016
 * community survey households, and the two must not be added up.
 *
 * <p>One survey may be held on two demarcations (the 2011 census on the wards of 2011, and again
 * re-aggregated to the wards of 2016). Only one of them is kept, the newest demarcation's, because
 * the values of both would be added where their ward codes differ; demarcation codes name the
 * country and the year ({@code ZA-2016}), so the newest of a country sorts last.
 *
 * <p>Kept when the backlogs module loads or reclasses figures, and on start for the census that the
 * first start loads without an event.
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

	private final TransactionTemplate transactions;

	BacklogValues(Backlogs backlogs, IndicatorLibrary library, IndicatorValues values, JdbcClient jdbc,
			TransactionTemplate transactions) {
		this.backlogs = backlogs;
		this.library = library;
		this.values = values;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		for (Backlogs.Survey survey : newest(backlogs.surveys())) {
			boolean held = jdbc.sql("SELECT EXISTS (SELECT 1 FROM indicator_value WHERE data_element = :e AND period = :p)")
				.param("e", below(survey.service(), survey.unit()))
				.param("p", String.valueOf(survey.surveyYear()))
				.query(Boolean.class)
				.single();
			if (!held) {
				keep(survey);
			}
		}
	}

	@ApplicationModuleListener
	void on(BacklogFiguresLoaded loaded) {
		for (Backlogs.Survey survey : newest(backlogs.surveys())) {
			if (survey.service() == loaded.service() && survey.surveyYear() == loaded.surveyYear()
					&& survey.demarcation().equals(loaded.demarcation())) {
				keep(survey);
			}
		}
	}

	/** Of the surveys held on several demarcations of one country, the newest demarcation's. */
	static List<Backlogs.Survey> newest(List<Backlogs.Survey> surveys) {
		Map<String, Backlogs.Survey> chosen = new LinkedHashMap<>();
		for (Backlogs.Survey survey : surveys) {
			String country = survey.demarcation().split("-", 2)[0];
			chosen.merge(country + '|' + survey.service() + '|' + survey.surveyYear() + '|' + survey.unit(), survey,
					(a, b) -> a.demarcation().compareTo(b.demarcation()) >= 0 ? a : b);
		}
		return List.copyOf(chosen.values());
	}

	private void keep(Backlogs.Survey survey) {
		long started = System.nanoTime();
		BasicService service = survey.service();
		String unit = survey.unit().toLowerCase(Locale.ROOT);
		String who = unit.substring(0, 1).toUpperCase(Locale.ROOT) + unit.substring(1);
		library.ensureElement(below(service, unit), who + " below the basic " + service.code() + " norm", Aggregation.SUM,
				ORIGIN);
		library.ensureElement(classed(service, unit), who + " classed against the " + service.code() + " norm",
				Aggregation.SUM, ORIGIN);
		library.ensureIndicator("BACKLOG." + service.code() + "." + unit, who + " below the basic " + service.code()
				+ " norm (%)", "Basic-service backlogs", List.of("+" + below(service, unit)), List.of("+" + classed(service, unit)),
				BigDecimal.valueOf(100), "Each census or survey", "Of the " + unit + " whose " + service.code() + " the census or survey classes against"
						+ " the minimum norm, the share below it; unspecified and not applicable answers are left out, as on the"
						+ " backlog pages.",
				ORIGIN);
		Period year = Period.parse(String.valueOf(survey.surveyYear()), "surveyYear");
		List<IndicatorValues.NewValue> list = new ArrayList<>();
		for (Backlogs.WardFigure ward : backlogs.wardFigures(survey.demarcation(), service, survey.surveyYear())) {
			list.add(new IndicatorValues.NewValue(below(service, unit), ward.wardCode(), ward.areaPath(), year,
					BigDecimal.valueOf(ward.belowNorm()), null));
			list.add(new IndicatorValues.NewValue(classed(service, unit), ward.wardCode(), ward.areaPath(), year,
					BigDecimal.valueOf(ward.classed()), null));
		}
		String source = ORIGIN + " (" + survey.demarcation() + ")";
		IndicatorValues.Stored stored = transactions.execute(t -> {
			// Another demarcation's figures for the same survey, kept before this one was loaded, go.
			jdbc.sql("DELETE FROM indicator_value WHERE data_element IN (:below, :classed) AND period = :period AND source <> :source")
				.param("below", below(service, unit))
				.param("classed", classed(service, unit))
				.param("period", year.iso())
				.param("source", source)
				.update();
			return values.store(list, source, null);
		});
		log.info("Backlog values for {} {} {}: {} new, {} changed in {} ms", survey.demarcation(), service.code(),
				survey.surveyYear(), stored.imported(), stored.updated(), (System.nanoTime() - started) / 1_000_000);
	}

	static String below(BasicService service, String unit) {
		return "BACKLOG." + service.code() + "." + unit.toLowerCase(Locale.ROOT) + ".BELOW";
	}

	static String classed(BasicService service, String unit) {
		return "BACKLOG." + service.code() + "." + unit.toLowerCase(Locale.ROOT) + ".CLASSED";
	}
}
