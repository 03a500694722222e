package org.thusong.organisations;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.core.ShortLivedCache;

/**
 * The organisations module's public API for queries: an organisation by code, and the
 * organisations within a {@link Scope} (those whose jurisdiction the scope covers).
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private static final String COLUMNS = "code, name, kind, jurisdiction_area_code, jurisdiction_path, demo";

	private final JdbcClient jdbc;

	/** Organisations change seldom and are looked up on every request filed or API call. */
	private final ShortLivedCache<String, OrganisationSummary> byCode = new ShortLivedCache<>(Duration.ofSeconds(30));

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The organisation with this code (case-insensitive), whatever the asker's scope. */
	public Optional<OrganisationSummary> findByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return byCode.get(code.trim().toUpperCase(Locale.ROOT),
				key -> jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE upper(code) = :code")
					.param("code", key)
					.query(Organisations::summary)
					.optional());
	}

	/** After a change to this organisation: read it afresh. */
	void forget(String code) {
		byCode.forget(code.trim().toUpperCase(Locale.ROOT));
	}

	/** The organisation with this code if its jurisdiction lies inside the scope. */
	public Optional<OrganisationSummary> findByCode(String code, Scope scope) {
		return findByCode(code).filter(o -> scope.covers(o.jurisdictionPath()));
	}

	/**
	 * One page of the organisations within the scope, optionally of one kind and matching a text
	 * in name or code, in name order.
	 */
	public PageOf<OrganisationSummary> page(Scope scope, OrganisationKind kind, String text, PageRequestOf request) {
		String like = text == null || text.isBlank() ? null
				: "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String where = """
				 WHERE jurisdiction_path LIKE ANY (:patterns)
				   AND (CAST(:kind AS text) IS NULL OR kind = :kind)
				   AND (CAST(:like AS text) IS NULL OR name ILIKE :like OR code ILIKE :like)""";
		long total = jdbc.sql("SELECT count(*) FROM organisation " + where)
			.param("patterns", scope.likePatternArray())
			.param("kind", kind == null ? null : kind.name())
			.param("like", like)
			.query(Long.class)
			.single();
		List<OrganisationSummary> items = jdbc.sql("SELECT " + COLUMNS + " FROM organisation " + where
				+ " ORDER BY name, code LIMIT :limit OFFSET :offset")
			.param("patterns", scope.likePatternArray())
			.param("kind", kind == null ? null : kind.name())
			.param("like", like)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(Organisations::summary)
			.list();
		return new PageOf<>(items, request.page(), request.size(), total);
	}

	/** Every organisation of the kind within the scope, by name: what a chooser offers. */
	public List<OrganisationSummary> everyWithin(Scope scope, OrganisationKind kind) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM organisation WHERE jurisdiction_path LIKE ANY (:patterns) AND kind = :kind"
				+ " ORDER BY name, code")
			.param("patterns", scope.likePatternArray())
			.param("kind", kind.name())
			.query(Organisations::summary)
			.list();
	}

	/** The codes of every organisation within the scope: what scoped lists of users or keys filter by. */
	public List<String> codesWithin(Scope scope) {
		return jdbc.sql("SELECT code FROM organisation WHERE jurisdiction_path LIKE ANY (:patterns)")
			.param("patterns", scope.likePatternArray())
			.query(String.class)
			.list();
	}

	static OrganisationSummary summary(ResultSet rs, int row) throws SQLException {
		return new OrganisationSummary(rs.getString("code"), rs.getString("name"),
				OrganisationKind.valueOf(rs.getString("kind")), rs.getString("jurisdiction_area_code"),
				rs.getString("jurisdiction_path"), rs.getBoolean("demo"));
	}

	/** The departments inside an organisation, in the order they were added; empty for an unknown code. */
	public java.util.List<Department> departments(String code) {
		if (code == null || code.isBlank()) {
			return java.util.List.of();
		}
		return jdbc.sql("""
				SELECT d.code, d.name FROM organisation_department d
				  JOIN organisation o ON o.id = d.organisation_id
				 WHERE upper(o.code) = upper(:code) ORDER BY d.id""")
			.param("code", code.trim())
			.query((rs, n) -> new Department(rs.getString("code"), rs.getString("name")))
			.list();
	}
}
