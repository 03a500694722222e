package org.thusong.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.identity.internal.ApiKeys;
import org.thusong.identity.internal.ApiKeys.ApiKeyView;
import org.thusong.identity.internal.UserDirectory;
import org.thusong.identity.internal.UserDirectory.NewUser;
import org.thusong.identity.internal.UserDirectory.UserView;

/**
 * Users, the caller and API keys as JSON. Lists are limited to the caller's scope; creating
 * users and keys is for administrators, within their scope.
 */
@RestController
@RequestMapping("/api/v1")
class UserApi {

	private final UserDirectory users;

	private final ApiKeys keys;

	UserApi(UserDirectory users, ApiKeys keys) {
		this.users = users;
		this.keys = keys;
	}

	record Me(String username, String name, Set<Role> roles, String organisationCode, boolean unrestricted,
			Set<String> scope) {
	}

	/** The API calls the person's name {@code name}; {@code fullName} (the form's word) is accepted too. */
	record CreateUser(String username, @com.fasterxml.jackson.annotation.JsonAlias("fullName") String name, String email,
			String password, List<String> roles,
			String organisationCode) {
	}

	record CreateApiKey(String name, List<String> roles, String organisationCode) {
	}

	record CreatedApiKey(ApiKeyView apiKey, String key) {
	}

	@GetMapping("/me")
	Me me(@AuthenticationPrincipal ThusongUser me) {
		return new Me(me.getUsername(), me.displayName(), me.roles(), me.organisationCode(), me.scope().unrestricted(),
				me.scope().roots());
	}

	@GetMapping("/users")
	PageOf<UserView> list(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) String q,
			@RequestParam(required = false) String role, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		return users.page(me, q, role(role), organisation, PageRequestOf.of(page, size, 50));
	}

	@GetMapping("/users/{username}")
	UserView one(@AuthenticationPrincipal ThusongUser me, @PathVariable String username) {
		return users.find(username, me).orElseThrow(() -> new NotFound("No user '" + username + "'"));
	}

	@PostMapping("/users")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<UserView> create(@AuthenticationPrincipal ThusongUser me, @RequestBody CreateUser body) {
		UserView created;
		try {
			created = users.create(new NewUser(body.username(), body.name(), body.email(), body.password(),
					roles(body.roles()), body.organisationCode()), me);
		}
		catch (InvalidInput e) {
			// Name the field as the API client spelled it.
			if ("fullName".equals(e.field())) {
				throw new InvalidInput("name", "is required, at most 200 characters");
			}
			throw e;
		}
		return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
	}

	@GetMapping("/api-keys")
	@PreAuthorize("hasRole('ADMIN')")
	PageOf<ApiKeyView> keys(@AuthenticationPrincipal ThusongUser me, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return keys.page(me, PageRequestOf.of(page, size, 50));
	}

	@PostMapping("/api-keys")
	@PreAuthorize("hasRole('ADMIN')")
	@ResponseStatus(HttpStatus.CREATED)
	CreatedApiKey issue(@AuthenticationPrincipal ThusongUser me, @RequestBody CreateApiKey body) {
		ApiKeys.IssuedKey issued = keys.issue(body.name(), roles(body.roles()), body.organisationCode(), me);
		return new CreatedApiKey(issued.view(), issued.key());
	}

	@PostMapping("/api-keys/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	ApiKeyView revoke(@AuthenticationPrincipal ThusongUser me, @PathVariable long id) {
		return keys.revoke(id, me);
	}

	private static Role role(String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		Set<Role> roles = roles(List.of(name));
		return roles.iterator().next();
	}

	private static Set<Role> roles(List<String> names) {
		if (names == null) {
			return Set.of();
		}
		Set<Role> roles = UserForms.roles(names.stream().map(n -> n == null ? "" : n.trim().toUpperCase(java.util.Locale.ROOT)).toList());
		if (roles.size() != names.size()) {
			throw new InvalidInput("roles", "each must be one of " + java.util.Arrays.toString(Role.values()));
		}
		return roles;
	}
}
