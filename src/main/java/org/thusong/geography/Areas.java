package org.thusong.geography;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The geography module's public API for other modules: areas by code, their children and
 * ancestors, and the municipal areas that organisations are made from. Without a demarcation,
 * a code means the area in its country's current demarcation.
 */
@Service
@Transactional(readOnly = true)
public class Areas {

	static final String COLUMNS = "demarcation, code, name, level, kind, parent_code, code_path, category, population";

	private final JdbcClient jdbc;

	private final org.thusong.geography.internal.AreaDirectory directory;

	Areas(JdbcClient jdbc, org.thusong.geography.internal.AreaDirectory directory) {
		this.jdbc = jdbc;
		this.directory = directory;
	}

	/**
	 * A GeoJSON FeatureCollection of the area's outline (first) and its children's boundaries,
	 * with each feature's {@code code}, {@code name} and {@code level}: for maps anyone may see,
	 * such as a municipality's public request form. Empty when no boundaries are loaded.
	 */
	public String outlineAndChildrenGeoJson(AreaSummary area) {
		return directory.outlineAndChildrenGeoJson(area.demarcation(), area.code());
	}

	/** The area with this code in its country's current demarcation. */
	public Optional<AreaSummary> find(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + """
				  FROM geography_area a
				 WHERE upper(code) = upper(:code)
				   AND demarcation IN (SELECT code FROM geography_demarcation WHERE is_current)""")
			.param("code", code.trim())
			.query(Areas::summary)
			.optional();
	}

	/**
	 * The areas with these codes, in one query, by their code as given (for an import that names
	 * thousands of areas): each in the current demarcation where it is there, otherwise in the
	 * latest earlier one that has it (a 2011 ward that 2016 redrew is still the place its 2011
	 * figures belong to). Codes that name no area are left out.
	 */
	public Map<String, AreaSummary> findAll(Collection<String> codes) {
		Map<String, String> byUpper = new HashMap<>();
		for (String code : codes) {
			if (code != null && !code.isBlank()) {
				byUpper.put(code.trim().toUpperCase(Locale.ROOT), code);
			}
		}
		Map<String, AreaSummary> found = new HashMap<>();
		if (byUpper.isEmpty()) {
			return found;
		}
		jdbc.sql("SELECT DISTINCT ON (upper(code)) " + COLUMNS + """
				  FROM geography_area a
				 WHERE upper(code) = ANY (:codes)
				 ORDER BY upper(code),
				       (SELECT is_current FROM geography_demarcation WHERE code = a.demarcation) DESC,
				       (SELECT year FROM geography_demarcation WHERE code = a.demarcation) DESC NULLS LAST""")
			.param("codes", byUpper.keySet().toArray(String[]::new))
			.query(Areas::summary)
			.list()
			.forEach(area -> found.put(byUpper.get(area.code().toUpperCase(Locale.ROOT)), area));
		return found;
	}

	/** The area with this code in the named demarcation. */
	public Optional<AreaSummary> find(String demarcation, String code) {
		if (demarcation == null || demarcation.isBlank()) {
			return find(code);
		}
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM geography_area WHERE demarcation = :demarcation AND upper(code) = upper(:code)")
			.param("demarcation", demarcation.trim())
			.param("code", code.trim())
			.query(Areas::summary)
			.optional();
	}

	/** The area's children in the country's alphabetical order. */
	public List<AreaSummary> children(AreaSummary area) {
		return jdbc.sql("SELECT " + COLUMNS + """
				  FROM geography_area
				 WHERE demarcation = :demarcation AND parent_code = :code
				 ORDER BY name_sort""")
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.query(Areas::summary)
			.list();
	}

	/** From the country down to the area's parent. */
	public List<AreaSummary> ancestors(AreaSummary area) {
		String[] codes = area.codePath().split("/");
		if (codes.length <= 1) {
			return List.of();
		}
		return jdbc.sql("SELECT " + COLUMNS + """
				  FROM geography_area
				 WHERE demarcation = :demarcation AND code IN (:codes)
				 ORDER BY length(code_path)""")
			.param("demarcation", area.demarcation())
			.param("codes", List.of(codes).subList(0, codes.length - 1))
			.query(Areas::summary)
			.list();
	}

	/** Every area of the current demarcations that a municipality governs (district, municipality, ilçe). */
	public List<AreaSummary> municipalAreas() {
		return jdbc.sql("SELECT " + COLUMNS + """
				  FROM geography_area
				 WHERE level IN ('DISTRICT', 'MUNICIPALITY', 'ILCE')
				   AND demarcation IN (SELECT code FROM geography_demarcation WHERE is_current)
				 ORDER BY code_path""")
			.query(Areas::summary)
			.list();
	}

	static AreaSummary summary(ResultSet rs, int row) throws SQLException {
		long population = rs.getLong("population");
		return new AreaSummary(rs.getString("demarcation"), rs.getString("code"), rs.getString("name"),
				AreaLevel.valueOf(rs.getString("level")), rs.getString("kind"), rs.getString("parent_code"),
				rs.getString("code_path"), rs.getString("category"), rs.wasNull() ? null : population);
	}
}
