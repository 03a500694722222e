package org.thusong.identity.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.Organisations;

/**
 * Loads a user for sign-in and turns their organisation's jurisdiction into their scope.
 * A user without an organisation is the platform administrator and sees everything; a user whose
 * organisation has vanished sees nothing rather than everything.
 */
@Component
class UserAccounts implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	UserAccounts(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	public ThusongUser loadUserByUsername(String username) {
		record Row(long id, String username, String fullName, String passwordHash, String[] roles,
				String organisationCode, boolean enabled, boolean locked) {
		}
		Row row = jdbc.sql("""
				SELECT id, username, full_name, password_hash, roles, organisation_code, enabled,
				       (locked_until IS NOT NULL AND locked_until > now()) AS locked
				  FROM identity_user WHERE lower(username) = lower(:username)""")
			.param("username", username == null ? "" : username.trim())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
					rs.getString("password_hash"), (String[]) rs.getArray("roles").getArray(),
					rs.getString("organisation_code"), rs.getBoolean("enabled"), rs.getBoolean("locked")))
			.optional()
			.filter(Row::enabled)
			.orElseThrow(() -> new UsernameNotFoundException("No such user"));
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(row.roles()).map(Role::valueOf).forEach(roles::add);
		return new ThusongUser(row.id(), row.username(), row.fullName(), roles, row.organisationCode(),
				scopeOf(row.organisationCode()), row.locked(), row.passwordHash());
	}

	Scope scopeOf(String organisationCode) {
		if (organisationCode == null) {
			return Scope.everything();
		}
		return organisations.findByCode(organisationCode)
			.map(o -> Scope.of(o.jurisdictionPath()))
			.orElse(Scope.nothing());
	}
}
