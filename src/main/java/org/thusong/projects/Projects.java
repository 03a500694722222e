package org.thusong.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.backlogs.BasicService;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;

/**
 * The projects module's public API for reading: a project in the reader's scope (by the code
 * path of the municipality its wards lie in), lists with filters and health, and the projects of
 * an area and service for the outlook.
 */
@Service
@Transactional(readOnly = true)
public class Projects {

	static final String COLUMNS = """
			p.id, p.reference, p.owner_code, p.owner_name, p.municipality_code, p.area_path, p.demarcation, p.title, p.service,
			p.households, p.stage, p.budget, p.progress, p.start_date, p.planned_completion, p.actual_completion,
			p.service_providers, p.contractors, p.idp_objective, p.growth_potential, p.demo, p.last_update_at,
			(SELECT coalesce(array_agg(w.ward_code ORDER BY w.ward_code), '{}') FROM project_ward w WHERE w.project_id = p.id) AS wards""";

	private final JdbcClient jdbc;

	private final int stalledDays;

	Projects(JdbcClient jdbc, @Value("${thusong.projects.stalled-days:60}") int stalledDays) {
		this.jdbc = jdbc;
		this.stalledDays = stalledDays;
	}

	/** How many days without a progress report make a project stalled. */
	public int stalledDays() {
		return stalledDays;
	}

	/** A filter of the project list; every part optional. */
	public record Filter(String municipality, BasicService service, Stage stage, List<String> areaPaths, boolean attentionOnly) {
	}

	/** A project in a list, with its health. */
	public record Listed(Project project, ProjectHealth health) {
	}

	public Project find(Scope scope, long id) {
		List<Project> found = load("WHERE p.id = :id AND p.area_path LIKE ANY (:patterns)", Map.of("id", id, "patterns", scope.likePatternArray()));
		if (found.isEmpty()) {
			throw new NotFound("No project " + id + " is in your scope");
		}
		return found.get(0);
	}

	public PageOf<Listed> page(Scope scope, Filter filter, PageRequestOf request, LocalDate today) {
		StringBuilder where = new StringBuilder("WHERE p.area_path LIKE ANY (:patterns)");
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("patterns", scope.likePatternArray());
		if (filter.municipality() != null && !filter.municipality().isBlank()) {
			where.append(" AND upper(p.municipality_code) = upper(:municipality)");
			params.put("municipality", filter.municipality().trim());
		}
		if (filter.service() != null) {
			where.append(" AND p.service = :service");
			params.put("service", filter.service().code());
		}
		if (filter.stage() != null) {
			where.append(" AND p.stage = :stage");
			params.put("stage", filter.stage().name());
		}
		if (filter.areaPaths() != null) {
			List<String> patterns = new ArrayList<>();
			for (String path : filter.areaPaths()) {
				patterns.add(path);
				patterns.add(path + "/%");
			}
			where.append(" AND p.area_path LIKE ANY (:within)");
			params.put("within", patterns.isEmpty() ? new String[] { "" } : patterns.toArray(String[]::new));
		}
		List<Listed> all = load(where + " ORDER BY p.municipality_code, p.reference", params).stream()
			.map(p -> new Listed(p, ProjectHealth.of(p, today, stalledDays)))
			.filter(l -> !filter.attentionOnly() || l.health().overall() == Light.RED || l.health().overall() == Light.AMBER)
			.toList();
		int from = (int) Math.min(all.size(), request.offset());
		int to = Math.min(all.size(), from + request.size());
		return new PageOf<>(all.subList(from, to), request.page(), request.size(), all.size());
	}

	/** Per municipality: how many projects are red, amber, green or not known yet. */
	public record Attention(String municipalityCode, int red, int amber, int green, int grey) {

		public int needing() {
			return red + amber;
		}
	}

	/** The traffic lights counted per municipality, for the projects the filter selects (attention-only ignored). */
	public List<Attention> attention(Scope scope, Filter filter, LocalDate today) {
		Filter all = new Filter(filter.municipality(), filter.service(), filter.stage(), filter.areaPaths(), false);
		PageOf<Listed> everything = page(scope, all, new PageRequestOf(0, PageOf.MAX_SIZE), today);
		Map<String, int[]> counts = new java.util.TreeMap<>();
		for (Listed l : everything.items()) {
			int[] c = counts.computeIfAbsent(l.project().municipalityCode(), k -> new int[4]);
			c[l.health().overall() == Light.RED ? 0 : l.health().overall() == Light.AMBER ? 1 : l.health().overall() == Light.GREEN ? 2 : 3]++;
		}
		return counts.entrySet().stream().map(e -> new Attention(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3])).toList();
	}

	/** Projects for a service whose wards lie in an area (its code path or below), any stage. */
	public List<Project> inArea(String areaPath, BasicService service) {
		return load("""
				WHERE p.service = :service AND (p.area_path = :path OR p.area_path LIKE :below
				       OR EXISTS (SELECT 1 FROM project_ward w WHERE w.project_id = p.id AND (w.ward_path = :path OR w.ward_path LIKE :below)))
				ORDER BY p.reference""", Map.of("service", service.code(), "path", areaPath, "below", escape(areaPath) + "/%"));
	}

	/** Every project in scope not yet procured (identified, planning, design): the investment plan's candidates. */
	public List<Project> candidates(Scope scope, BasicService service) {
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("patterns", scope.likePatternArray());
		String serviceClause = "";
		if (service != null) {
			serviceClause = " AND p.service = :service";
			params.put("service", service.code());
		}
		return load("WHERE p.area_path LIKE ANY (:patterns) AND p.stage IN ('IDENTIFIED', 'PLANNING', 'DESIGN')" + serviceClause
				+ " ORDER BY p.reference", params);
	}

	/** Community requests for a service from these wards over the last twelve months (from the requests module). */
	public int requestsFrom(List<String> wardCodes, BasicService service, LocalDate today) {
		if (wardCodes.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				SELECT coalesce(sum(requests), 0) FROM project_ward_need
				 WHERE service = :service AND ward_code IN (:wards) AND month > :since""")
			.param("service", service.code())
			.param("wards", wardCodes)
			.param("since", java.sql.Date.valueOf(today.minusMonths(12)))
			.query(Integer.class)
			.single();
	}

	static String escape(String path) {
		return path.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	List<Project> load(String where, Map<String, ?> params) {
		List<Project> bare = jdbc.sql("SELECT " + COLUMNS + " FROM project p " + where).params(params).query(Projects::bare).list();
		if (bare.isEmpty()) {
			return bare;
		}
		List<Long> ids = bare.stream().map(Project::id).toList();
		Map<Long, List<Funding>> funding = jdbc.sql("SELECT project_id, source, financial_year, amount FROM project_funding WHERE project_id IN (:ids) ORDER BY financial_year, source")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), new Funding(FundingSource.valueOf(rs.getString(2)), rs.getInt(3), rs.getBigDecimal(4))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, List<Expenditure>> spent = jdbc.sql("SELECT project_id, month, amount, reason FROM project_expenditure WHERE project_id IN (:ids) ORDER BY month")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), new Expenditure(YearMonth.from(rs.getDate(2).toLocalDate()), rs.getBigDecimal(3), rs.getString(4))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		Map<Long, List<ProgressUpdate>> updates = jdbc.sql("""
				SELECT project_id, reported_at, stage, progress, note, reason, reported_by FROM project_update
				 WHERE project_id IN (:ids) ORDER BY reported_at, id""")
			.param("ids", ids)
			.query((rs, n) -> Map.entry(rs.getLong(1), new ProgressUpdate(rs.getTimestamp(2).toInstant(), Stage.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getString(5), rs.getString(6), rs.getString(7))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return bare.stream()
			.map(p -> new Project(p.id(), p.reference(), p.ownerCode(), p.ownerName(), p.municipalityCode(), p.areaPath(), p.demarcation(),
					p.title(), p.service(), p.households(), p.stage(), p.budget(), p.progress(), p.startDate(), p.plannedCompletion(),
					p.actualCompletion(), p.serviceProviders(), p.contractors(), p.idpObjective(), p.growthPotential(), p.demo(),
					p.lastUpdateAt(), p.wardCodes(), funding.getOrDefault(p.id(), List.of()), spent.getOrDefault(p.id(), List.of()),
					updates.getOrDefault(p.id(), List.of())))
			.toList();
	}

	private static Project bare(ResultSet rs, int n) throws SQLException {
		return new Project(rs.getLong("id"), rs.getString("reference"), rs.getString("owner_code"), rs.getString("owner_name"),
				rs.getString("municipality_code"), rs.getString("area_path"), rs.getString("demarcation"), rs.getString("title"),
				BasicService.parse("service", rs.getString("service")), rs.getInt("households"), Stage.valueOf(rs.getString("stage")),
				rs.getBigDecimal("budget"), rs.getInt("progress"), date(rs, "start_date"), date(rs, "planned_completion"),
				date(rs, "actual_completion"), rs.getString("service_providers"), rs.getString("contractors"), rs.getString("idp_objective"),
				rs.getInt("growth_potential"), rs.getBoolean("demo"), rs.getTimestamp("last_update_at").toInstant(),
				Arrays.asList((String[]) rs.getArray("wards").getArray()), List.of(), List.of(), List.of());
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		java.sql.Date date = rs.getDate(column);
		return date == null ? null : date.toLocalDate();
	}
}
