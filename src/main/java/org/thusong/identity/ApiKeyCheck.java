package org.thusong.identity;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.thusong.identity.internal.ApiKeys;

/**
 * Checks an API key that arrives where no security filter looks: in a form field or query
 * parameter, as Open311 clients send {@code api_key}. The same keys, hashes and revocation as the
 * {@code X-API-Key} header.
 */
@Service
public class ApiKeyCheck {

	private final ApiKeys keys;

	ApiKeyCheck(ApiKeys keys) {
		this.keys = keys;
	}

	/** The client the key stands for (roles, organisation, scope), if the key is known and not revoked. */
	public Optional<ThusongUser> resolve(String presented) {
		if (presented == null || presented.isBlank()) {
			return Optional.empty();
		}
		return keys.authenticate(presented.trim());
	}
}
