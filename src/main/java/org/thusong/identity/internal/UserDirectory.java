package org.thusong.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * The people who sign in: administrators create and change them within their scope; everyone
 * changes their own password. Each change is one audited transaction; a user is only ever seen
 * by administrators whose scope covers the user's organisation.
 */
@Service
public class UserDirectory {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{1,59}");

	static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final String COLUMNS = """
			id, username, full_name, email, roles, organisation_code, enabled, demo, created_at, locked_until,
			(locked_until IS NOT NULL AND locked_until > now()) AS locked""";

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final PasswordEncoder passwords;

	private final AuditTrail audit;

	UserDirectory(JdbcClient jdbc, Organisations organisations, PasswordEncoder passwords, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.passwords = passwords;
		this.audit = audit;
	}

	/** A user as lists and the API show them: never the password hash. */
	public record UserView(long id, String username, String fullName, String email, Set<Role> roles,
			String organisationCode, boolean enabled, boolean locked, OffsetDateTime lockedUntil, boolean demo,
			OffsetDateTime createdAt) {
	}

	/** What an administrator gives to create a user. */
	public record NewUser(String username, String fullName, String email, String password, Set<Role> roles,
			String organisationCode) {
	}

	/** What an administrator may change of a user. */
	public record UserChanges(String fullName, String email, Set<Role> roles, String organisationCode) {
	}

	@Transactional(readOnly = true)
	public PageOf<UserView> page(ThusongUser actor, String text, Role role, String organisationCode, PageRequestOf request) {
		String like = text == null || text.isBlank() ? null
				: "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String where = """
				 WHERE (CAST(:all AS boolean) OR organisation_code = ANY (:codes))
				   AND (CAST(:like AS text) IS NULL OR username ILIKE :like OR full_name ILIKE :like OR email ILIKE :like)
				   AND (CAST(:role AS text) IS NULL OR :role = ANY (roles))
				   AND (CAST(:organisation AS text) IS NULL OR upper(organisation_code) = upper(:organisation))""";
		Scope scope = actor.scope();
		String[] codes = scope.unrestricted() ? new String[0] : organisations.codesWithin(scope).toArray(String[]::new);
		String organisation = organisationCode == null || organisationCode.isBlank() ? null : organisationCode.trim();
		long total = jdbc.sql("SELECT count(*) FROM identity_user " + where)
			.param("all", scope.unrestricted())
			.param("codes", codes)
			.param("like", like)
			.param("role", role == null ? null : role.name())
			.param("organisation", organisation)
			.query(Long.class)
			.single();
		List<UserView> items = jdbc.sql("SELECT " + COLUMNS + " FROM identity_user " + where
				+ " ORDER BY lower(username) LIMIT :limit OFFSET :offset")
			.param("all", scope.unrestricted())
			.param("codes", codes)
			.param("like", like)
			.param("role", role == null ? null : role.name())
			.param("organisation", organisation)
			.param("limit", request.size())
			.param("offset", request.offset())
			.query(UserDirectory::view)
			.list();
		return new PageOf<>(items, request.page(), request.size(), total);
	}

	/** The user if the actor's scope covers them (platform users only for an unrestricted scope). */
	@Transactional(readOnly = true)
	public Optional<UserView> find(String username, ThusongUser actor) {
		return findAny(username).filter(u -> visibleTo(u, actor.scope()));
	}

	@Transactional
	public UserView create(NewUser user, ThusongUser actor) {
		String username = user.username() == null ? "" : user.username().trim();
		if (!USERNAME.matcher(username).matches()) {
			throw new InvalidInput("username", "2 to 60 letters, digits, '.', '_' or '-', starting with a letter or digit");
		}
		String fullName = checkedName(user.fullName());
		String email = checkedEmail(user.email());
		Set<Role> roles = checkedRoles(user.roles());
		PasswordPolicy.check("password", username, user.password());
		OrganisationSummary organisation = Grants.organisationFor(user.organisationCode(), actor, organisations);
		Grants.requireMayGrant(roles, actor);
		if (findAny(username).isPresent()) {
			throw new Conflict("username", "username: '" + username + "' is already taken");
		}
		requireEmailFree(email, null);
		try {
			jdbc.sql("""
					INSERT INTO identity_user (username, full_name, email, password_hash, roles, organisation_code)
					VALUES (:username, :name, :email, :hash, :roles, :organisation)""")
				.param("username", username)
				.param("name", fullName)
				.param("email", email)
				.param("hash", passwords.encode(user.password()))
				.param("roles", names(roles))
				.param("organisation", organisation == null ? null : organisation.code())
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new Conflict("username", "username or email: already taken");
		}
		UserView created = findAny(username).orElseThrow();
		audit.record("user", username, "created", organisation == null ? null : organisation.jurisdictionPath(), null, created);
		return created;
	}

	@Transactional
	public UserView change(String username, UserChanges changes, ThusongUser actor) {
		UserView before = find(username, actor).orElseThrow(() -> new NotFound("No user '" + username + "'"));
		String fullName = checkedName(changes.fullName());
		String email = checkedEmail(changes.email());
		Set<Role> roles = checkedRoles(changes.roles());
		OrganisationSummary organisation = Grants.organisationFor(changes.organisationCode(), actor, organisations);
		if (!roles.equals(before.roles())) {
			Grants.requireMayGrant(roles, actor);
			if (before.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
				Grants.requireMayGrant(Set.of(Role.ADMIN), actor);
			}
		}
		requireEmailFree(email, before.id());
		jdbc.sql("""
				UPDATE identity_user SET full_name = :name, email = :email, roles = :roles, organisation_code = :organisation,
				       version = version + 1
				 WHERE id = :id""")
			.param("name", fullName)
			.param("email", email)
			.param("roles", names(roles))
			.param("organisation", organisation == null ? null : organisation.code())
			.param("id", before.id())
			.update();
		UserView after = findAny(before.username()).orElseThrow();
		audit.record("user", before.username(), "updated", organisation == null ? null : organisation.jurisdictionPath(), before, after);
		return after;
	}

	@Transactional
	public UserView enable(String username, boolean enabled, ThusongUser actor) {
		UserView before = find(username, actor).orElseThrow(() -> new NotFound("No user '" + username + "'"));
		if (before.id() == actor.id() && !enabled) {
			throw new Conflict("enabled", "you cannot disable your own account");
		}
		jdbc.sql("UPDATE identity_user SET enabled = :enabled WHERE id = :id").param("enabled", enabled).param("id", before.id()).update();
		UserView after = findAny(before.username()).orElseThrow();
		audit.record("user", before.username(), enabled ? "enabled" : "disabled", pathOf(before.organisationCode()), before, after);
		return after;
	}

	@Transactional
	public UserView unlock(String username, ThusongUser actor) {
		UserView before = find(username, actor).orElseThrow(() -> new NotFound("No user '" + username + "'"));
		jdbc.sql("UPDATE identity_user SET locked_until = NULL, failed_logins = 0 WHERE id = :id").param("id", before.id()).update();
		UserView after = findAny(before.username()).orElseThrow();
		audit.record("user", before.username(), "unlocked", pathOf(before.organisationCode()), before, after);
		return after;
	}

	/** Changes the signed-in user's own password, given the current one. */
	@Transactional
	public void changePassword(ThusongUser me, String currentPassword, String newPassword) {
		String hash = jdbc.sql("SELECT password_hash FROM identity_user WHERE id = :id")
			.param("id", me.id())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new NotFound("No user '" + me.getUsername() + "'"));
		if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
			throw new BadCredentialsException("currentPassword");
		}
		PasswordPolicy.check("newPassword", me.getUsername(), newPassword);
		jdbc.sql("UPDATE identity_user SET password_hash = :hash, password_changed_at = now() WHERE id = :id")
			.param("hash", passwords.encode(newPassword))
			.param("id", me.id())
			.update();
		audit.record("user", me.getUsername(), "password-changed", pathOf(me.organisationCode()), null, null);
	}

	Optional<UserView> findAny(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT " + COLUMNS + " FROM identity_user WHERE lower(username) = lower(:username)")
			.param("username", username.trim())
			.query(UserDirectory::view)
			.optional();
	}

	private boolean visibleTo(UserView user, Scope scope) {
		if (scope.unrestricted()) {
			return true;
		}
		return user.organisationCode() != null && organisations.findByCode(user.organisationCode(), scope).isPresent();
	}

	private void requireEmailFree(String email, Long exceptId) {
		if (email == null) {
			return;
		}
		boolean taken = jdbc.sql("SELECT EXISTS (SELECT 1 FROM identity_user WHERE lower(email) = lower(:email) AND id <> :id)")
			.param("email", email)
			.param("id", exceptId == null ? -1L : exceptId)
			.query(Boolean.class)
			.single();
		if (taken) {
			throw new Conflict("email", "email: '" + email + "' belongs to another user");
		}
	}

	private String pathOf(String organisationCode) {
		return organisations.findByCode(organisationCode).map(OrganisationSummary::jurisdictionPath).orElse(null);
	}

	private static String checkedName(String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new InvalidInput("fullName", "is required, at most 200 characters");
		}
		return trimmed;
	}

	private static String checkedEmail(String email) {
		if (email == null || email.isBlank()) {
			return null;
		}
		String trimmed = email.trim().toLowerCase(Locale.ROOT);
		if (trimmed.length() > 254 || !EMAIL.matcher(trimmed).matches()) {
			throw new InvalidInput("email", "must be an e-mail address such as name@example.org");
		}
		return trimmed;
	}

	private static Set<Role> checkedRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInput("roles", "choose at least one role");
		}
		return EnumSet.copyOf(roles);
	}

	private static String[] names(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().toArray(String[]::new);
	}

	static UserView view(ResultSet rs, int row) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
		return new UserView(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"), rs.getString("email"),
				roles, rs.getString("organisation_code"), rs.getBoolean("enabled"), rs.getBoolean("locked"),
				rs.getObject("locked_until", OffsetDateTime.class), rs.getBoolean("demo"),
				rs.getObject("created_at", OffsetDateTime.class));
	}
}
