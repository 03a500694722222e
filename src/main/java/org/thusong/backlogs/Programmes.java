package org.thusong.backlogs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;

/**
 * Priority programmes (e.g. the district development model's priority districts): a coordinator
 * names a set of areas in their scope; a reader sees a programme when their scope covers one of
 * its areas, and only those areas of it. The dashboard compares the areas' latest backlogs.
 */
@Service
@Transactional(readOnly = true)
public class Programmes {

	private final JdbcClient jdbc;

	private final Areas areas;

	private final Backlogs backlogs;

	private final AuditTrail audit;

	Programmes(JdbcClient jdbc, Areas areas, Backlogs backlogs, AuditTrail audit) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.backlogs = backlogs;
		this.audit = audit;
	}

	/** One area of a programme with its latest backlog per service. */
	public record ProgrammeArea(AreaSummary area, Map<BasicService, BacklogFigure> latest) {
	}

	public List<Programme> list(Scope scope) {
		List<Programme> all = jdbc.sql("""
				SELECT p.id, p.name, p.description, p.demo, p.created_by,
				       coalesce(array_agg(a.area_code ORDER BY a.area_code) FILTER (WHERE a.area_code IS NOT NULL), '{}') AS codes,
				       coalesce(array_agg(a.area_path ORDER BY a.area_code) FILTER (WHERE a.area_code IS NOT NULL), '{}') AS paths
				  FROM backlog_programme p LEFT JOIN backlog_programme_area a ON a.programme_id = p.id
				 GROUP BY p.id ORDER BY p.name""")
			.query((rs, n) -> new Programme(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
					Arrays.asList((String[]) rs.getArray(6).getArray()), Arrays.asList((String[]) rs.getArray(7).getArray())))
			.list();
		List<Programme> visible = new ArrayList<>();
		for (Programme p : all) {
			List<Integer> inScope = new ArrayList<>();
			for (int i = 0; i < p.areaPaths().size(); i++) {
				if (scope.covers(p.areaPaths().get(i))) {
					inScope.add(i);
				}
			}
			if (!inScope.isEmpty() || (p.areaPaths().isEmpty() && scope.unrestricted())) {
				visible.add(new Programme(p.id(), p.name(), p.description(), p.demo(), p.createdBy(),
						inScope.stream().map(p.areaCodes()::get).toList(), inScope.stream().map(p.areaPaths()::get).toList()));
			}
		}
		return visible;
	}

	public Programme find(Scope scope, long id) {
		return list(scope).stream()
			.filter(p -> p.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFound("No programme " + id + " is in your scope"));
	}

	/** Creates a programme of areas (codes on the current demarcation), each inside the creator's scope. */
	@Transactional
	public long create(Scope scope, String name, String description, List<String> areaCodes, boolean demo, String by) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "is required");
		}
		if (name.trim().length() > 200) {
			throw new InvalidInput("name", "must be at most 200 characters");
		}
		List<AreaSummary> chosen = resolve(scope, areaCodes);
		if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM backlog_programme WHERE name = :n)").param("n", name.trim()).query(Boolean.class).single()) {
			throw new Conflict("name", "a programme named '" + name.trim() + "' exists already");
		}
		String owner = scope.unrestricted() || scope.roots().isEmpty() ? "ZA" : scope.roots().iterator().next();
		long id = jdbc.sql("""
				INSERT INTO backlog_programme (name, description, owner_path, demo, created_by)
				VALUES (:name, :description, :owner, :demo, :by) RETURNING id""")
			.param("name", name.trim())
			.param("description", description == null || description.isBlank() ? null : description.trim())
			.param("owner", owner)
			.param("demo", demo)
			.param("by", by)
			.query(Long.class)
			.single();
		for (AreaSummary area : chosen) {
			jdbc.sql("INSERT INTO backlog_programme_area (programme_id, area_code, area_path) VALUES (:id, :code, :path) ON CONFLICT DO NOTHING")
				.param("id", id)
				.param("code", area.code())
				.param("path", area.codePath())
				.update();
		}
		audit.record("backlog-programme", String.valueOf(id), "created", owner, null,
				Map.of("name", name.trim(), "areas", chosen.stream().map(AreaSummary::code).toList()));
		return id;
	}

	/** Adds areas to, or takes them from, a programme. */
	@Transactional
	public void change(Scope scope, long id, List<String> add, List<String> remove, String by) {
		Programme programme = find(scope, id);
		List<AreaSummary> adding = add.isEmpty() ? List.of() : resolve(scope, add);
		for (AreaSummary area : adding) {
			jdbc.sql("INSERT INTO backlog_programme_area (programme_id, area_code, area_path) VALUES (:id, :code, :path) ON CONFLICT DO NOTHING")
				.param("id", id)
				.param("code", area.code())
				.param("path", area.codePath())
				.update();
		}
		for (String code : remove) {
			if (!programme.areaCodes().contains(code)) {
				throw new InvalidInput("remove", code + " is not an area of this programme in your scope");
			}
			jdbc.sql("DELETE FROM backlog_programme_area WHERE programme_id = :id AND area_code = :code").param("id", id).param("code", code).update();
		}
		audit.record("backlog-programme", String.valueOf(id), "changed", null, Map.of("areas", programme.areaCodes()),
				Map.of("added", adding.stream().map(AreaSummary::code).toList(), "removed", remove));
	}

	/** The programme's areas in the reader's scope, each with its latest backlog per service. */
	public List<ProgrammeArea> dashboard(Scope scope, long id) {
		Programme programme = find(scope, id);
		List<ProgrammeArea> rows = new ArrayList<>();
		for (String code : programme.areaCodes()) {
			Optional<AreaSummary> area = areas.find(code);
			if (area.isEmpty()) {
				continue;
			}
			Map<BasicService, BacklogFigure> latest = new LinkedHashMap<>();
			for (BasicService service : BasicService.values()) {
				backlogs.latest(area.get(), service).ifPresent(f -> latest.put(service, f));
			}
			rows.add(new ProgrammeArea(area.get(), latest));
		}
		return rows;
	}

	private List<AreaSummary> resolve(Scope scope, List<String> codes) {
		List<AreaSummary> chosen = new ArrayList<>();
		for (String code : codes) {
			if (code == null || code.isBlank()) {
				continue;
			}
			AreaSummary area = areas.find(code.trim())
				.orElseThrow(() -> new InvalidInput("areas", "no area has the code '" + code.trim() + "'"));
			if (!scope.covers(area.codePath())) {
				throw new InvalidInput("areas", area.code() + " lies outside your scope");
			}
			chosen.add(area);
		}
		if (chosen.isEmpty()) {
			throw new InvalidInput("areas", "name at least one area code, e.g. DC12");
		}
		return chosen;
	}
}
