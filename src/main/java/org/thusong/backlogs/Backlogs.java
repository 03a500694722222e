package org.thusong.backlogs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;

/**
 * The backlogs module's public API for reading: an area's backlog per service and survey year,
 * its children ranked by backlog, the trend across surveys, and the answers behind a figure. All
 * figures are computed from the stored counts with the norm mapping in force, so a changed
 * mapping changes every figure at once. Areas outside the reader's scope are not found.
 */
@Service
@Transactional(readOnly = true)
public class Backlogs {

	private static final Pattern YEAR = Pattern.compile("\\d{4}");

	static final String AGGREGATE = """
			SELECT c.demarcation, c.area_code, c.level, c.service, c.survey_year, c.unit,
			       coalesce(sum(c.count) FILTER (WHERE m.norm_class = 'BELOW_BASIC'), 0) AS below,
			       coalesce(sum(c.count) FILTER (WHERE m.norm_class IN ('BELOW_BASIC', 'BASIC', 'ABOVE_BASIC')), 0) AS classed,
			       coalesce(sum(c.count) FILTER (WHERE m.norm_class = 'UNSPECIFIED'), 0) AS unspecified,
			       coalesce(sum(c.count) FILTER (WHERE m.norm_class = 'NOT_APPLICABLE'), 0) AS not_applicable
			  FROM backlog_count c
			  JOIN backlog_answer_class m ON m.service = c.service AND m.answer = c.answer
			""";

	static final String GROUP = " GROUP BY c.demarcation, c.area_code, c.level, c.service, c.survey_year, c.unit";

	private final JdbcClient jdbc;

	private final Areas areas;

	Backlogs(JdbcClient jdbc, Areas areas) {
		this.jdbc = jdbc;
		this.areas = areas;
	}

	/**
	 * A demarcation as the API and pages name it: blank means the current one, a bare year names
	 * South Africa's demarcation of that year ({@code 2011} is {@code ZA-2011}).
	 */
	public static String demarcation(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String trimmed = text.trim();
		return YEAR.matcher(trimmed).matches() ? "ZA-" + trimmed : trimmed.toUpperCase(java.util.Locale.ROOT);
	}

	/** The area, if it exists and lies in the scope; otherwise {@link NotFound}. */
	public AreaSummary area(Scope scope, String demarcation, String code) {
		String d = demarcation(demarcation);
		Optional<AreaSummary> found = d == null ? areas.find(code) : areas.find(d, code);
		return found.filter(a -> scope.covers(a.codePath()))
			.orElseThrow(() -> new NotFound("No area " + code + (d == null ? "" : " in " + d) + " is in your scope"));
	}

	/** The area's backlog for every service and survey year held on its demarcation. */
	public List<BacklogFigure> figures(AreaSummary area) {
		return jdbc.sql(AGGREGATE + " WHERE c.demarcation = :demarcation AND c.area_code = :code" + GROUP
				+ " ORDER BY c.service, c.survey_year")
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.query((rs, n) -> figure(rs, area.name()))
			.list()
			.stream()
			.sorted(Comparator.comparing(BacklogFigure::service).thenComparing(BacklogFigure::surveyYear))
			.toList();
	}

	/** The area's children for one service and survey, the largest backlog (count below the norm) first. */
	public List<BacklogFigure> children(AreaSummary area, BasicService service, int surveyYear) {
		Map<String, String> names = new HashMap<>();
		for (AreaSummary child : areas.children(area)) {
			names.put(child.code(), child.name());
		}
		return jdbc.sql(AGGREGATE + """
				 WHERE c.demarcation = :demarcation AND c.parent_code = :code AND c.service = :service AND c.survey_year = :year"""
				+ GROUP)
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.param("service", service.code())
			.param("year", surveyYear)
			.query((rs, n) -> figure(rs, names.getOrDefault(rs.getString("area_code"), rs.getString("area_code"))))
			.list()
			.stream()
			.sorted(Comparator.comparingLong(BacklogFigure::belowNorm).reversed().thenComparing(BacklogFigure::areaName))
			.toList();
	}

	/** The area's children for every service and survey, by name. */
	public List<BacklogFigure> children(AreaSummary area) {
		Map<String, String> names = new HashMap<>();
		for (AreaSummary child : areas.children(area)) {
			names.put(child.code(), child.name());
		}
		return jdbc.sql(AGGREGATE + " WHERE c.demarcation = :demarcation AND c.parent_code = :code" + GROUP)
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.query((rs, n) -> figure(rs, names.getOrDefault(rs.getString("area_code"), rs.getString("area_code"))))
			.list()
			.stream()
			.sorted(Comparator.comparing(BacklogFigure::areaName).thenComparing(BacklogFigure::service)
				.thenComparing(BacklogFigure::surveyYear))
			.toList();
	}

	/** Figures for several areas of one demarcation (e.g. a programme's districts, or a project's wards). */
	public List<BacklogFigure> figuresOf(String demarcation, List<String> areaCodes, BasicService service) {
		if (areaCodes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(AGGREGATE + " WHERE c.demarcation = :demarcation AND c.area_code IN (:codes) AND c.service = :service" + GROUP)
			.param("demarcation", demarcation)
			.param("codes", areaCodes)
			.param("service", service.code())
			.query((rs, n) -> figure(rs, rs.getString("area_code")))
			.list();
	}

	/**
	 * The area's backlog for a service in every survey held, across demarcations that know the
	 * same code (EC121 is Mbhashe in 2011 and 2016), oldest first.
	 */
	public List<BacklogFigure> trend(AreaSummary area, BasicService service) {
		return jdbc.sql(AGGREGATE + " WHERE c.area_code = :code AND c.service = :service AND c.area_path = :path" + GROUP)
			.param("code", area.code())
			.param("path", area.codePath())
			.param("service", service.code())
			.query((rs, n) -> figure(rs, area.name()))
			.list()
			.stream()
			.sorted(Comparator.comparingInt(BacklogFigure::surveyYear).thenComparing(BacklogFigure::demarcation))
			.toList();
	}

	/**
	 * The latest figure for the area's service: on the area's own demarcation if it holds the
	 * service, else on another demarcation that knows the same area.
	 */
	public Optional<BacklogFigure> latest(AreaSummary area, BasicService service) {
		List<BacklogFigure> trend = trend(area, service);
		return trend.stream()
			.filter(f -> f.demarcation().equals(area.demarcation()))
			.reduce((a, b) -> b)
			.or(() -> trend.stream().reduce((a, b) -> b));
	}

	/** The answers behind a figure, each with its class, count and (for a ward) the file line. */
	public List<AnswerCount> answers(AreaSummary area, BasicService service, int surveyYear) {
		return jdbc.sql("""
				SELECT c.answer, m.norm_class, c.count, c.unit, c.source_line, s.file_name
				  FROM backlog_count c
				  JOIN backlog_answer_class m ON m.service = c.service AND m.answer = c.answer
				  LEFT JOIN backlog_source s ON s.id = c.source_id
				 WHERE c.demarcation = :demarcation AND c.area_code = :code AND c.service = :service AND c.survey_year = :year
				 ORDER BY m.position""")
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.param("service", service.code())
			.param("year", surveyYear)
			.query((rs, n) -> new AnswerCount(rs.getString(1), NormClass.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
					(Integer) rs.getObject(5), rs.getString(6)))
			.list();
	}

	/** One ward row behind a figure, as the file gave it. */
	public record SourceRow(String wardCode, String answer, NormClass normClass, long count, String unit, String file, Integer line) {
	}

	/** The ward rows an area's figure for a service and survey is the sum of, with their file and line. */
	public List<SourceRow> sourceRows(AreaSummary area, BasicService service, int surveyYear) {
		String pattern = area.codePath().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "/%";
		return jdbc.sql("""
				SELECT c.area_code, c.answer, m.norm_class, c.count, c.unit, s.file_name, c.source_line
				  FROM backlog_count c
				  JOIN backlog_answer_class m ON m.service = c.service AND m.answer = c.answer
				  JOIN backlog_source s ON s.id = c.source_id
				 WHERE c.demarcation = :demarcation AND c.service = :service AND c.survey_year = :year AND c.level = 'WARD'
				   AND (c.area_path LIKE :pattern OR c.area_code = :code)
				 ORDER BY c.source_line""")
			.param("demarcation", area.demarcation())
			.param("service", service.code())
			.param("year", surveyYear)
			.param("pattern", pattern)
			.param("code", area.code())
			.query((rs, n) -> new SourceRow(rs.getString(1), rs.getString(2), NormClass.valueOf(rs.getString(3)), rs.getLong(4),
					rs.getString(5), rs.getString(6), (Integer) rs.getObject(7)))
			.list();
	}

	/** How many wards' figures make up an area's roll-up for a service and survey. */
	public int wardsIn(AreaSummary area, BasicService service, int surveyYear) {
		return jdbc.sql("""
				SELECT coalesce(max(wards), 0) FROM backlog_count
				 WHERE demarcation = :demarcation AND area_code = :code AND service = :service AND survey_year = :year""")
			.param("demarcation", area.demarcation())
			.param("service", service.code())
			.param("year", surveyYear)
			.param("code", area.code())
			.query(Integer.class)
			.single();
	}

	/** A set of figures held: one service in one survey on one demarcation. */
	public record Survey(String demarcation, BasicService service, int surveyYear, String unit) {
	}

	/** Every set of figures held, for modules that keep figures of their own (the central database). */
	public List<Survey> surveys() {
		return jdbc.sql("""
				SELECT demarcation, service, survey_year, min(unit) FROM backlog_count WHERE level = 'WARD'
				 GROUP BY demarcation, service, survey_year ORDER BY demarcation, service, survey_year""")
			.query((rs, n) -> new Survey(rs.getString(1), BasicService.parse("service", rs.getString(2)), rs.getInt(3),
					rs.getString(4)))
			.list();
	}

	/** A ward's figure with its place in the area hierarchy. */
	public record WardFigure(String wardCode, String areaPath, long belowNorm, long classed) {
	}

	/** Every ward's figure for one service and survey on a demarcation, with the norm mapping in force, in one query. */
	public List<WardFigure> wardFigures(String demarcation, BasicService service, int surveyYear) {
		return jdbc.sql("""
				SELECT c.area_code, min(c.area_path),
				       coalesce(sum(c.count) FILTER (WHERE m.norm_class = 'BELOW_BASIC'), 0),
				       coalesce(sum(c.count) FILTER (WHERE m.norm_class IN ('BELOW_BASIC', 'BASIC', 'ABOVE_BASIC')), 0)
				  FROM backlog_count c
				  JOIN backlog_answer_class m ON m.service = c.service AND m.answer = c.answer
				 WHERE c.demarcation = :demarcation AND c.service = :service AND c.survey_year = :year AND c.level = 'WARD'
				 GROUP BY c.area_code""")
			.param("demarcation", demarcation)
			.param("service", service.code())
			.param("year", surveyYear)
			.query((rs, n) -> new WardFigure(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4)))
			.list();
	}

	/** The norm mapping in force, service by service. */
	public List<AnswerClass> mapping() {
		List<AnswerClass> list = new ArrayList<>(jdbc.sql("""
				SELECT service, answer, norm_class, default_class, changed_by FROM backlog_answer_class ORDER BY service, position""")
			.query((rs, n) -> new AnswerClass(BasicService.parse("service", rs.getString(1)), rs.getString(2),
					NormClass.valueOf(rs.getString(3)), NormClass.valueOf(rs.getString(4)), rs.getString(5)))
			.list());
		list.sort(Comparator.comparing(AnswerClass::service));
		return list;
	}

	private static BacklogFigure figure(ResultSet rs, String name) throws SQLException {
		return new BacklogFigure(rs.getString("demarcation"), rs.getString("area_code"), name, AreaLevel.valueOf(rs.getString("level")),
				BasicService.parse("service", rs.getString("service")), rs.getInt("survey_year"), rs.getString("unit"),
				rs.getLong("below"), rs.getLong("classed"), rs.getLong("unspecified"), rs.getLong("not_applicable"));
	}
}
