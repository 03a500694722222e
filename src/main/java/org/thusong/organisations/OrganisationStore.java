package org.thusong.organisations;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.thusong.core.Conflict;

/**
 * Loads and saves {@link Organisation}s whole. Departments are synchronised by code rather than
 * deleted and re-inserted, so a department keeps its id for the modules that route work to it.
 */
@Repository
class OrganisationStore {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	OrganisationStore(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	Optional<Organisation> findByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		record Head(long id, String code, String name, OrganisationKind kind, String areaCode, String path,
				boolean demo, int version) {
		}
		return jdbc.sql("""
				SELECT id, code, name, kind, jurisdiction_area_code, jurisdiction_path, demo, version
				  FROM organisation WHERE upper(code) = upper(:code)""")
			.param("code", code.trim())
			.query((rs, n) -> new Head(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind")), rs.getString("jurisdiction_area_code"),
					rs.getString("jurisdiction_path"), rs.getBoolean("demo"), rs.getInt("version")))
			.optional()
			.map(h -> new Organisation(h.id(), h.code(), h.name(), h.kind(), h.areaCode(), h.path(), h.demo(),
					h.version(), departmentsOf(h.id())));
	}

	private List<Department> departmentsOf(long organisationId) {
		return jdbc.sql("SELECT code, name FROM organisation_department WHERE organisation_id = :id ORDER BY id")
			.param("id", organisationId)
			.query((rs, n) -> new Department(rs.getString("code"), rs.getString("name")))
			.list();
	}

	boolean codeExists(String code) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM organisation WHERE upper(code) = upper(:code))")
			.param("code", code.trim())
			.query(Boolean.class)
			.single();
	}

	/** Inserts a new organisation or updates an existing one, refusing a stale version. */
	void save(Organisation organisation) {
		organisations.forget(organisation.code());
		long id;
		if (organisation.id() == null) {
			id = jdbc.sql("""
					INSERT INTO organisation (code, name, kind, jurisdiction_area_code, jurisdiction_path, demo)
					VALUES (:code, :name, :kind, :areaCode, :path, :demo)
					ON CONFLICT ((upper(code))) DO NOTHING
					RETURNING id""")
				.param("code", organisation.code())
				.param("name", organisation.name())
				.param("kind", organisation.kind().name())
				.param("areaCode", organisation.jurisdictionAreaCode())
				.param("path", organisation.jurisdictionPath())
				.param("demo", organisation.demo())
				.query(Long.class)
				.optional()
				.orElseThrow(() -> new Conflict("code", "code: an organisation with code '" + organisation.code() + "' already exists"));
		}
		else {
			id = organisation.id();
			int updated = jdbc.sql("""
					UPDATE organisation
					   SET name = :name, kind = :kind, jurisdiction_area_code = :areaCode, jurisdiction_path = :path,
					       version = version + 1
					 WHERE id = :id AND version = :version""")
				.param("name", organisation.name())
				.param("kind", organisation.kind().name())
				.param("areaCode", organisation.jurisdictionAreaCode())
				.param("path", organisation.jurisdictionPath())
				.param("id", id)
				.param("version", organisation.version())
				.update();
			if (updated == 0) {
				throw new Conflict(null, "Someone else changed " + organisation.code() + " meanwhile; reload and try again");
			}
		}
		List<String> codes = organisation.departments().stream().map(Department::code).toList();
		jdbc.sql("DELETE FROM organisation_department WHERE organisation_id = :id AND NOT (code = ANY (:codes))")
			.param("id", id)
			.param("codes", codes.toArray(String[]::new))
			.update();
		for (Department department : organisation.departments()) {
			jdbc.sql("""
					INSERT INTO organisation_department (organisation_id, code, name) VALUES (:id, :code, :name)
					ON CONFLICT (organisation_id, code) DO UPDATE SET name = EXCLUDED.name""")
				.param("id", id)
				.param("code", department.code())
				.param("name", department.name())
				.update();
		}
	}
}
