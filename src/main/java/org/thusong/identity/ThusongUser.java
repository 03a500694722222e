package org.thusong.identity;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.thusong.core.Scope;

/**
 * The signed-in person or machine client, as every module sees it: name, roles, organisation and
 * the {@link Scope} all reads and writes are limited to.
 */
public final class ThusongUser implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private final String displayName;

	private final Set<Role> roles;

	private final String organisationCode;

	private final Scope scope;

	private final boolean locked;

	private String passwordHash;

	public ThusongUser(long id, String username, String displayName, Set<Role> roles, String organisationCode,
			Scope scope, boolean locked, String passwordHash) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		this.organisationCode = organisationCode;
		this.scope = scope;
		this.locked = locked;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return id;
	}

	public String displayName() {
		return displayName;
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The organisation the user belongs to, or {@code null} for the platform administrator. */
	public String organisationCode() {
		return organisationCode;
	}

	public Scope scope() {
		return scope;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof ThusongUser u && u.username.equals(username);
	}

	@Override
	public int hashCode() {
		return username.hashCode();
	}

	@Override
	public String toString() {
		return "ThusongUser[" + username + "]";
	}
}
