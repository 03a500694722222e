package org.thusong.backlogs;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.AreaSummary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The census file as it loads on first start: every ward row kept with its line, every area above
 * the wards the sum of its wards of the same demarcation, and backlog percentages that leave
 * "unspecified" and "not applicable" out of the denominator.
 */
@ThusongIntegrationTest
class CensusRollUpIntegrationTests {

	static final Path FILE = Path.of("src/main/resources/reference/za/service-access-by-ward.csv");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Backlogs backlogs;

	@Test
	void loadsEveryRowOfTheFileAsAWardFigure() {
		assertThat(jdbc.sql("SELECT count(*) FROM backlog_count WHERE level = 'WARD'").query(Long.class).single()).isEqualTo(276_948L);
		assertThat(jdbc.sql("SELECT count(DISTINCT source_line) FROM backlog_count WHERE level = 'WARD'").query(Long.class).single())
			.isEqualTo(276_948L);
	}

	@Test
	void everyAreaAboveTheWardsIsTheSumOfItsWardsOfTheSameDemarcation() {
		// Computed apart from the loader, in SQL: every ward's count added to each code on its path above it.
		List<Map<String, Object>> mismatches = jdbc.sql("""
				WITH expected AS (
				    SELECT w.demarcation, up.code AS area_code, w.service, w.survey_year, w.answer, sum(w.count) AS total
				      FROM backlog_count w
				      CROSS JOIN LATERAL unnest((string_to_array(w.area_path, '/'))[1:cardinality(string_to_array(w.area_path, '/')) - 1]) AS up(code)
				     WHERE w.level = 'WARD'
				     GROUP BY 1, 2, 3, 4, 5),
				rolled AS (SELECT * FROM backlog_count WHERE level <> 'WARD')
				SELECT e.*, r.count FROM expected e
				  FULL JOIN rolled r USING (demarcation, area_code, service, survey_year, answer)
				 WHERE e.total IS DISTINCT FROM r.count
				 LIMIT 5""").query().listOfRows();
		assertThat(mismatches).isEmpty();
		long rolledUp = jdbc.sql("SELECT count(*) FROM backlog_count WHERE level <> 'WARD'").query(Long.class).single();
		assertThat(rolledUp).isGreaterThan(5_000);
		// Every level is there: country, 9 provinces, districts, municipalities, for both demarcations.
		assertThat(jdbc.sql("SELECT count(DISTINCT area_code) FROM backlog_count WHERE demarcation = 'ZA-2016' AND level = 'PROVINCE'")
			.query(Integer.class).single()).isEqualTo(9);
		assertThat(jdbc.sql("SELECT count(DISTINCT area_code) FROM backlog_count WHERE demarcation = 'ZA-2011' AND level = 'MUNICIPALITY'")
			.query(Integer.class).single()).isEqualTo(234);
	}

	@Test
	void municipalityAndCountryFiguresEqualTheFileSummedWithTheDefaultMapping() throws IOException {
		Map<String, NormClass> mapping = new HashMap<>();
		backlogs.mapping().forEach(m -> mapping.put(m.service().code() + "|" + m.answer(), m.normClass()));
		// Straight from the file: sanitation, Community Survey 2016, 2016 wards; Mbhashe's wards start 21201.
		long[] mbhashe = new long[4];
		long[] country = new long[4];
		try (BufferedReader reader = Files.newBufferedReader(FILE, StandardCharsets.UTF_8)) {
			reader.readLine();
			String line;
			while ((line = reader.readLine()) != null) {
				String[] cells = line.strip().split(",");
				if (!cells[1].equals("sanitation") || !cells[4].equals("2016")) {
					continue;
				}
				NormClass normClass = mapping.get("sanitation|" + cells[6]);
				long count = Long.parseLong(cells[7]);
				add(country, normClass, count);
				if (cells[5].startsWith("21201")) {
					add(mbhashe, normClass, count);
				}
			}
		}
		BacklogFigure ec121 = figure(backlogs.area(Scope.everything(), null, "EC121"), BasicService.SANITATION, 2016);
		assertThat(ec121.unit()).isEqualTo("households");
		assertThat(ec121.belowNorm()).isEqualTo(mbhashe[0]);
		assertThat(ec121.classed()).isEqualTo(mbhashe[1]);
		assertThat(ec121.unspecified()).isEqualTo(mbhashe[2]);
		assertThat(ec121.notApplicable()).isEqualTo(mbhashe[3]);
		BacklogFigure za = figure(backlogs.area(Scope.everything(), null, "ZA"), BasicService.SANITATION, 2016);
		assertThat(za.belowNorm()).isEqualTo(country[0]);
		assertThat(za.classed()).isEqualTo(country[1]);
		assertThat(za.level()).isEqualTo(AreaLevel.COUNTRY);
	}

	@Test
	void percentageLeavesUnspecifiedAndNotApplicableOutOfTheDenominator() {
		AreaSummary ec121 = backlogs.area(Scope.everything(), "2011", "EC121");
		BacklogFigure water = figure(ec121, BasicService.WATER, 2011);
		long all = backlogs.answers(ec121, BasicService.WATER, 2011).stream().mapToLong(AnswerCount::count).sum();
		assertThat(water.notApplicable() + water.unspecified()).isPositive();
		assertThat(water.classed()).isEqualTo(all - water.notApplicable() - water.unspecified());
		assertThat(water.percent()).isEqualByComparingTo(
				java.math.BigDecimal.valueOf(water.belowNorm() * 100.0 / water.classed()).setScale(1, java.math.RoundingMode.HALF_UP));
	}

	@Test
	void childrenAreRankedByBacklogAndSumToTheParent() {
		AreaSummary amathole = backlogs.area(Scope.everything(), null, "DC12");
		List<BacklogFigure> municipalities = backlogs.children(amathole, BasicService.SANITATION, 2016);
		assertThat(municipalities).isNotEmpty();
		assertThat(municipalities).isSortedAccordingTo((a, b) -> Long.compare(b.belowNorm(), a.belowNorm()));
		assertThat(municipalities.stream().mapToLong(BacklogFigure::belowNorm).sum())
			.isEqualTo(figure(amathole, BasicService.SANITATION, 2016).belowNorm());
		assertThat(municipalities.get(0).areaName()).doesNotMatch("[A-Z]{2}\\d+");
	}

	@Test
	void wardFiguresNameTheirFileLine() {
		AreaSummary ward = backlogs.area(Scope.everything(), "2011", "21001001");
		List<AnswerCount> answers = backlogs.answers(ward, BasicService.WATER, 2011);
		assertThat(answers.get(0).answer()).startsWith("Regional/local water scheme");
		assertThat(answers.get(0).count()).isEqualTo(7101);
		assertThat(answers.get(0).sourceLine()).isEqualTo(2);
		assertThat(answers.get(0).sourceFile()).isEqualTo("service-access-by-ward.csv");
	}

	@Test
	void aMunicipalityDoesNotSeeItsDistrict() {
		assertThatThrownBy(() -> backlogs.area(Scope.of("ZA/EC/DC12/EC121"), null, "DC12")).isInstanceOf(NotFound.class);
		assertThat(backlogs.area(Scope.of("ZA/EC/DC12/EC121"), null, "EC121").name()).contains("Mbhashe");
	}

	private BacklogFigure figure(AreaSummary area, BasicService service, int year) {
		return backlogs.figures(area).stream().filter(f -> f.service() == service && f.surveyYear() == year).findFirst().orElseThrow();
	}

	private static void add(long[] sums, NormClass normClass, long count) {
		if (normClass == NormClass.BELOW_BASIC) {
			sums[0] += count;
		}
		if (normClass.classed()) {
			sums[1] += count;
		}
		if (normClass == NormClass.UNSPECIFIED) {
			sums[2] += count;
		}
		if (normClass == NormClass.NOT_APPLICABLE) {
			sums[3] += count;
		}
	}
}
