package org.thusong.geography.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.internal.boundary.Geometries;

/**
 * Areas as a reader in a scope sees them: lists and searches that hold only areas inside the
 * scope, an area's page (ancestors above the scope as names only), and boundaries as GeoJSON.
 * An area outside the scope answers exactly like an unknown code.
 */
@Service
@Transactional(readOnly = true)
public class AreaDirectory {

	private static final String COLUMNS = """
			a.demarcation, a.code, a.name, a.level, a.kind, a.parent_code, a.code_path, a.category, a.miif_category,
			a.square_km, a.population, a.households, b.code IS NOT NULL AS has_boundary, b.square_km AS boundary_square_km""";

	private static final String FROM = " FROM geography_area a"
			+ " LEFT JOIN geography_boundary b ON b.demarcation = a.demarcation AND b.code = a.code";

	private static final String CURRENT = "(SELECT code FROM geography_demarcation WHERE is_current)";

	private final JdbcClient jdbc;

	AreaDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A filter of the area list; every part optional. */
	public record Filter(String demarcation, String parent, AreaLevel level, String q) {
	}

	public PageOf<AreaView> search(Scope scope, Filter filter, PageRequestOf page) {
		String demarcation = blankToNull(filter.demarcation());
		if (demarcation != null) {
			demarcation = demarcation(demarcation).code();
		}
		String parentCode = null;
		if (blankToNull(filter.parent()) != null) {
			AreaView parent = find(demarcation, filter.parent())
				.orElseThrow(() -> new InvalidInput("parent", "no area has the code '" + filter.parent().trim() + "'"));
			demarcation = parent.demarcation();
			parentCode = parent.code();
		}
		StringBuilder where = new StringBuilder(" WHERE a.code_path LIKE ANY (:patterns)");
		where.append(demarcation == null ? " AND a.demarcation IN " + CURRENT : " AND a.demarcation = :demarcation");
		if (parentCode != null) {
			where.append(" AND a.parent_code = :parent");
		}
		if (filter.level() != null) {
			where.append(" AND a.level = :level");
		}
		String q = blankToNull(filter.q());
		if (q != null) {
			if (q.length() > 100) {
				throw new InvalidInput("q", "must be at most 100 characters");
			}
			where.append(" AND (a.name_folded LIKE :name ESCAPE '\\' OR upper(a.code) LIKE :code ESCAPE '\\')");
		}
		var count = jdbc.sql("SELECT count(*)" + FROM + where);
		// With a search term, the best matches come first: an exact name or code, then names that
		// begin with the term, then bigger areas (an ilçe before the settlements named after it).
		String relevance = q == null ? ""
				: "(a.name_folded = :exact OR upper(a.code) = :exactCode) DESC, (a.name_folded LIKE :prefix ESCAPE '\\') DESC, a.depth, ";
		var select = jdbc.sql("SELECT " + COLUMNS + FROM + where + " ORDER BY " + relevance
				+ "split_part(a.code_path, '/', 1), a.name_sort, a.code LIMIT :limit OFFSET :offset");
		for (var statement : List.of(count, select)) {
			statement.param("patterns", scope.likePatternArray());
			if (demarcation != null) {
				statement.param("demarcation", demarcation);
			}
			if (parentCode != null) {
				statement.param("parent", parentCode);
			}
			if (filter.level() != null) {
				statement.param("level", filter.level().name());
			}
			if (q != null) {
				statement.param("name", "%" + escapeLike(AreaNames.foldQuery(q)) + "%");
				statement.param("code", escapeLike(q.trim().toUpperCase(java.util.Locale.ROOT)) + "%");
			}
		}
		if (q != null) {
			select.param("exact", AreaNames.foldQuery(q));
			select.param("exactCode", q.trim().toUpperCase(java.util.Locale.ROOT));
			select.param("prefix", escapeLike(AreaNames.foldQuery(q)) + "%");
		}
		long total = count.query(Long.class).single();
		List<AreaView> items = select.param("limit", page.size()).param("offset", page.offset()).query(AreaDirectory::view).list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/** The areas a reader starts browsing from: the countries for the platform, else the scope's roots. */
	public List<AreaView> roots(Scope scope, String demarcation) {
		String d = blankToNull(demarcation) == null ? null : demarcation(demarcation).code();
		String inDemarcation = d == null ? " AND a.demarcation IN " + CURRENT : " AND a.demarcation = :demarcation";
		var statement = scope.unrestricted()
				? jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE a.level = 'COUNTRY'" + inDemarcation + " ORDER BY a.code")
				: jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE a.code_path IN (:roots)" + inDemarcation
						+ " ORDER BY split_part(a.code_path, '/', 1), a.name_sort").param("roots", scope.roots().isEmpty() ? List.of("") : List.copyOf(scope.roots()));
		if (d != null) {
			statement.param("demarcation", d);
		}
		return statement.query(AreaDirectory::view).list();
	}

	/** An area in scope, in the named demarcation or its country's current one. */
	public AreaView area(Scope scope, String demarcation, String code) {
		String d = blankToNull(demarcation) == null ? null : demarcation(demarcation).code();
		return find(d, code).filter(a -> scope.covers(a.codePath()))
			.orElseThrow(() -> new NotFound("No area has the code '" + (code == null ? "" : code.trim()) + "'"
					+ (d == null ? "" : " in " + d) + " within your scope"));
	}

	public AreaDetail detail(Scope scope, String demarcation, String code) {
		AreaView area = area(scope, demarcation, code);
		List<String> codes = Arrays.asList(area.codePath().split("/"));
		List<AreaDetail.Ancestor> ancestors = new ArrayList<>();
		if (codes.size() > 1) {
			List<AreaDetail.Ancestor> found = jdbc.sql("""
					SELECT code, name, level, code_path FROM geography_area
					 WHERE demarcation = :demarcation AND code IN (:codes) ORDER BY depth""")
				.param("demarcation", area.demarcation())
				.param("codes", codes.subList(0, codes.size() - 1))
				.query((rs, n) -> new AreaDetail.Ancestor(rs.getString(1), rs.getString(2), rs.getString(3),
						scope.covers(rs.getString(4))))
				.list();
			ancestors.addAll(found);
		}
		record Counts(long children, long withBoundary) {
		}
		Counts counts = jdbc.sql("""
				SELECT count(*), count(b.code) FROM geography_area a
				  LEFT JOIN geography_boundary b ON b.demarcation = a.demarcation AND b.code = a.code
				 WHERE a.demarcation = :demarcation AND a.parent_code = :code""")
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.query((rs, n) -> new Counts(rs.getLong(1), rs.getLong(2)))
			.single();
		List<String> alsoIn = jdbc.sql("""
				SELECT demarcation FROM geography_area WHERE code = :code AND demarcation <> :demarcation ORDER BY demarcation DESC""")
			.param("code", area.code())
			.param("demarcation", area.demarcation())
			.query(String.class)
			.list();
		return new AreaDetail(area, ancestors, counts.children(), counts.withBoundary(), alsoIn);
	}

	/** An area's children (all in scope when the area is), in the country's alphabetical order. */
	public PageOf<AreaView> children(AreaView area, PageRequestOf page) {
		long total = jdbc.sql("SELECT count(*) FROM geography_area WHERE demarcation = :demarcation AND parent_code = :code")
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.query(Long.class)
			.single();
		List<AreaView> items = jdbc.sql("SELECT " + COLUMNS + FROM
				+ " WHERE a.demarcation = :demarcation AND a.parent_code = :code ORDER BY a.name_sort, a.code LIMIT :limit OFFSET :offset")
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(AreaDirectory::view)
			.list();
		return new PageOf<>(items, page.page(), page.size(), total);
	}

	/** The area's boundary as a GeoJSON Feature, or its children's as a FeatureCollection. */
	public String boundaryGeoJson(Scope scope, String demarcation, String code, boolean children) {
		AreaView area = area(scope, demarcation, code);
		if (!children) {
			byte[] wkb = jdbc.sql("SELECT geometry FROM geography_boundary WHERE demarcation = :demarcation AND code = :code")
				.param("demarcation", area.demarcation())
				.param("code", area.code())
				.query((rs, n) -> rs.getBytes(1))
				.optional()
				.orElseThrow(() -> new NotFound("No boundary is loaded for " + area.code() + " in " + area.demarcation()));
			StringBuilder out = new StringBuilder(wkb.length * 2);
			feature(out, area.demarcation(), area.code(), area.name(), area.level().name(), wkb);
			return out.toString();
		}
		StringBuilder out = new StringBuilder(1 << 16).append("{\"type\":\"FeatureCollection\",\"features\":[");
		boolean[] first = { true };
		jdbc.sql("""
				SELECT a.code, a.name, a.level, b.geometry FROM geography_area a
				  JOIN geography_boundary b ON b.demarcation = a.demarcation AND b.code = a.code
				 WHERE a.demarcation = :demarcation AND a.parent_code = :code ORDER BY a.name_sort""")
			.param("demarcation", area.demarcation())
			.param("code", area.code())
			.query(rs -> {
				if (!first[0]) {
					out.append(',');
				}
				first[0] = false;
				feature(out, area.demarcation(), rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4));
			});
		return out.append("]}").toString();
	}

	/**
	 * The area's own outline and its children's boundaries in one FeatureCollection, for a public
	 * map (a municipality's wards or mahalleler); whatever boundaries are loaded, possibly none.
	 */
	public String outlineAndChildrenGeoJson(String demarcation, String code) {
		StringBuilder out = new StringBuilder(1 << 16).append("{\"type\":\"FeatureCollection\",\"features\":[");
		boolean[] first = { true };
		jdbc.sql("""
				SELECT a.demarcation, a.code, a.name, a.level, b.geometry FROM geography_area a
				  JOIN geography_boundary b ON b.demarcation = a.demarcation AND b.code = a.code
				 WHERE a.demarcation = :demarcation AND (a.code = :code OR a.parent_code = :code)
				 ORDER BY a.code = :code DESC, a.name_sort""")
			.param("demarcation", demarcation)
			.param("code", code)
			.query(rs -> {
				if (!first[0]) {
					out.append(',');
				}
				first[0] = false;
				feature(out, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5));
			});
		return out.append("]}").toString();
	}

	private static void feature(StringBuilder out, String demarcation, String code, String name, String level, byte[] wkb) {
		out.append("{\"type\":\"Feature\",\"id\":").append(json(code)).append(",\"properties\":{\"demarcation\":")
			.append(json(demarcation)).append(",\"code\":").append(json(code)).append(",\"name\":").append(json(name))
			.append(",\"level\":").append(json(level.toLowerCase(java.util.Locale.ROOT))).append("},\"geometry\":");
		Geometries.appendGeoJson(out, Geometries.fromWkb(wkb));
		out.append('}');
	}

	private static String json(String text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

	public List<DemarcationView> demarcations() {
		return jdbc.sql("""
				SELECT d.code, d.country, d.name, d.year, d.is_current, d.source, d.licence,
				       (SELECT count(*) FROM geography_area a WHERE a.demarcation = d.code) AS areas,
				       (SELECT count(*) FROM geography_boundary b WHERE b.demarcation = d.code) AS boundaries,
				       (SELECT string_agg(DISTINCT lower(a.level), ',') FROM geography_boundary b
				          JOIN geography_area a ON a.demarcation = b.demarcation AND a.code = b.code
				         WHERE b.demarcation = d.code) AS levels
				  FROM geography_demarcation d ORDER BY d.country, d.is_current DESC, d.code DESC""")
			.query((rs, n) -> new DemarcationView(rs.getString(1), rs.getString(2), rs.getString(3),
					(Integer) rs.getObject(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getLong(8),
					rs.getLong(9), rs.getString(10) == null ? List.of() : List.of(rs.getString(10).split(","))))
			.list();
	}

	/** The demarcation with this code (any case), or a 400 naming the field. */
	public DemarcationView demarcation(String code) {
		return demarcations().stream()
			.filter(d -> d.code().equalsIgnoreCase(code.trim()))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("demarcation", "no demarcation has the code '" + code.trim() + "'"));
	}

	private Optional<AreaView> find(String demarcation, String code) {
		if (code == null || code.isBlank() || code.length() > 40) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE upper(a.code) = upper(:code) AND "
				+ (demarcation == null ? "a.demarcation IN " + CURRENT : "a.demarcation = :demarcation"))
			.param("code", code.trim())
			.params(demarcation == null ? java.util.Map.of() : java.util.Map.of("demarcation", demarcation))
			.query(AreaDirectory::view)
			.optional();
	}

	static AreaView view(ResultSet rs, int row) throws SQLException {
		return new AreaView(rs.getString("demarcation"), rs.getString("code"), rs.getString("name"),
				AreaLevel.valueOf(rs.getString("level")), rs.getString("kind"), rs.getString("parent_code"),
				rs.getString("code_path"), rs.getString("category"), rs.getString("miif_category"), rs.getBigDecimal("square_km"),
				(Long) rs.getObject("population", Long.class), (Long) rs.getObject("households", Long.class),
				rs.getBoolean("has_boundary"), rs.getBigDecimal("boundary_square_km"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
