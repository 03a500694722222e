package org.thusong.identity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds a role in an organisation, with an address to reach them: for the modules that must
 * tell a manager something (an overdue request, a report to approve).
 */
@Service
@Transactional(readOnly = true)
public class People {

	/** A person to tell: username, name and e-mail address. */
	public record Contact(String username, String name, String email) {
	}

	private final JdbcClient jdbc;

	People(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Enabled users of the organisation holding the role and having an e-mail address. */
	public List<Contact> withRole(String organisationCode, Role role) {
		return jdbc.sql("""
				SELECT username, full_name, email FROM identity_user
				 WHERE upper(organisation_code) = upper(:org) AND :role = ANY (roles) AND enabled AND email IS NOT NULL
				 ORDER BY username""")
			.param("org", organisationCode)
			.param("role", role.name())
			.query((rs, n) -> new Contact(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list();
	}
}
