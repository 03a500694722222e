package org.thusong.organisations;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisations module's public API for other modules: look an organisation up by code.
 */
@Service
@Transactional(readOnly = true)
public class Organisations {

	private final JdbcClient jdbc;

	Organisations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<OrganisationSummary> findByCode(String code) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("""
				SELECT code, name, kind, jurisdiction_area_code, jurisdiction_path
				  FROM organisation WHERE upper(code) = upper(:code)""")
			.param("code", code.trim())
			.query((rs, n) -> new OrganisationSummary(rs.getString("code"), rs.getString("name"),
					OrganisationKind.valueOf(rs.getString("kind")), rs.getString("jurisdiction_area_code"),
					rs.getString("jurisdiction_path")))
			.optional();
	}
}
