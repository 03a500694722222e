package org.thusong.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
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
 * API keys for machine clients: {@code thusong_} and 32 random bytes in base64url, shown once.
 * Only the SHA-256 of a key is stored, with its first characters to find it by and show it by; a
 * presented key's hash is compared in constant time. A key belongs to an organisation (and has
 * its scope) or, made by a platform administrator, to the whole platform.
 */
@Service
public class ApiKeys {

	static final String PREFIX = "thusong_";

	static final int SHOWN = PREFIX.length() + 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final AuditTrail audit;

	/** When this instance last wrote each key's last use. */
	private final Map<Long, Long> lastTouched = new ConcurrentHashMap<>();

	ApiKeys(JdbcClient jdbc, Organisations organisations, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.audit = audit;
	}

	/** A key as lists show it: never the key itself. */
	public record ApiKeyView(long id, String name, String prefix, Set<Role> roles, String organisationCode,
			String createdBy, OffsetDateTime createdAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

		public boolean revoked() {
			return revokedAt != null;
		}
	}

	/** A new key: the secret is in {@code key} and nowhere else. */
	public record IssuedKey(ApiKeyView view, String key) {
	}

	@Transactional
	public IssuedKey issue(String name, Set<Role> roles, String organisationCode, ThusongUser actor) {
		String trimmedName = name == null ? "" : name.trim();
		if (trimmedName.isEmpty() || trimmedName.length() > 100) {
			throw new InvalidInput("name", "is required, at most 100 characters");
		}
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInput("roles", "choose at least one role");
		}
		OrganisationSummary organisation = Grants.organisationFor(organisationCode, actor, organisations);
		Grants.requireMayGrant(roles, actor);
		byte[] secret = new byte[32];
		RANDOM.nextBytes(secret);
		String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		String prefix = key.substring(0, SHOWN);
		long id = jdbc.sql("""
				INSERT INTO identity_api_key (name, prefix, key_hash, roles, organisation_code, created_by)
				VALUES (:name, :prefix, :hash, :roles, :organisation, :createdBy) RETURNING id""")
			.param("name", trimmedName)
			.param("prefix", prefix)
			.param("hash", sha256(key))
			.param("roles", roles.stream().map(Role::name).sorted().toArray(String[]::new))
			.param("organisation", organisation == null ? null : organisation.code())
			.param("createdBy", actor.getUsername())
			.query(Long.class)
			.single();
		ApiKeyView view = find(id).orElseThrow();
		audit.record("api-key", prefix, "created", organisation == null ? null : organisation.jurisdictionPath(), null, view);
		return new IssuedKey(view, key);
	}

	@Transactional
	public ApiKeyView revoke(long id, ThusongUser actor) {
		ApiKeyView before = find(id).filter(k -> visibleTo(k, actor)).orElseThrow(() -> new NotFound("No API key " + id));
		jdbc.sql("UPDATE identity_api_key SET revoked_at = now() WHERE id = :id AND revoked_at IS NULL").param("id", id).update();
		ApiKeyView after = find(id).orElseThrow();
		audit.record("api-key", before.prefix(), "revoked", pathOf(before.organisationCode()), before, after);
		return after;
	}

	@Transactional(readOnly = true)
	public PageOf<ApiKeyView> page(ThusongUser actor, PageRequestOf request) {
		Scope scope = actor.scope();
		String where = scope.unrestricted() ? "" : " WHERE organisation_code = ANY (:codes)";
		String[] codes = scope.unrestricted() ? new String[0] : organisations.codesWithin(scope).toArray(String[]::new);
		var count = jdbc.sql("SELECT count(*) FROM identity_api_key" + where);
		var list = jdbc.sql("SELECT * FROM identity_api_key" + where + " ORDER BY revoked_at NULLS FIRST, created_at DESC LIMIT :limit OFFSET :offset");
		if (!scope.unrestricted()) {
			count = count.param("codes", codes);
			list = list.param("codes", codes);
		}
		long total = count.query(Long.class).single();
		List<ApiKeyView> items = list.param("limit", request.size()).param("offset", request.offset()).query(ApiKeys::view).list();
		return new PageOf<>(items, request.page(), request.size(), total);
	}

	/**
	 * The client a presented key stands for, if the key is known and not revoked. Asked on every
	 * API call, so it reads one row and writes the key's last use at most once a minute per
	 * instance; revocation takes effect at the next call.
	 */
	public Optional<ThusongUser> authenticate(String presented) {
		if (presented == null || !presented.startsWith(PREFIX) || presented.length() < SHOWN || presented.length() > 200) {
			return Optional.empty();
		}
		byte[] hash = sha256(presented.trim());
		record Candidate(long id, byte[] hash, ApiKeyView view) {
		}
		List<Candidate> candidates = jdbc.sql("SELECT * FROM identity_api_key WHERE prefix = :prefix AND revoked_at IS NULL")
			.param("prefix", presented.substring(0, SHOWN))
			.query((rs, n) -> new Candidate(rs.getLong("id"), rs.getBytes("key_hash"), view(rs, n)))
			.list();
		for (Candidate candidate : candidates) {
			if (MessageDigest.isEqual(candidate.hash(), hash)) {
				long now = System.nanoTime();
				Long touched = lastTouched.get(candidate.id());
				if (touched == null || now - touched > TimeUnit.MINUTES.toNanos(1)) {
					lastTouched.put(candidate.id(), now);
					jdbc.sql("""
							UPDATE identity_api_key SET last_used_at = now()
							 WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')""")
						.param("id", candidate.id())
						.update();
				}
				ApiKeyView key = candidate.view();
				Scope scope = key.organisationCode() == null ? Scope.everything()
						: organisations.findByCode(key.organisationCode()).map(o -> Scope.of(o.jurisdictionPath())).orElse(Scope.nothing());
				return Optional.of(new ThusongUser(-key.id(), "api-key:" + key.prefix(), key.name(), key.roles(),
						key.organisationCode(), scope, false, null));
			}
		}
		return Optional.empty();
	}

	Optional<ApiKeyView> find(long id) {
		return jdbc.sql("SELECT * FROM identity_api_key WHERE id = :id").param("id", id).query(ApiKeys::view).optional();
	}

	private boolean visibleTo(ApiKeyView key, ThusongUser actor) {
		if (actor.scope().unrestricted()) {
			return true;
		}
		return key.organisationCode() != null && organisations.findByCode(key.organisationCode(), actor.scope()).isPresent();
	}

	private String pathOf(String organisationCode) {
		return organisations.findByCode(organisationCode).map(OrganisationSummary::jurisdictionPath).orElse(null);
	}

	static ApiKeyView view(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).forEach(roles::add);
		return new ApiKeyView(rs.getLong("id"), rs.getString("name"), rs.getString("prefix"), roles,
				rs.getString("organisation_code"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class), rs.getObject("last_used_at", OffsetDateTime.class),
				rs.getObject("revoked_at", OffsetDateTime.class));
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java has SHA-256", e);
		}
	}
}
