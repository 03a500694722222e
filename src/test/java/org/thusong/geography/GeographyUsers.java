package org.thusong.geography;

import java.util.Set;

import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in people for geography's web tests. */
final class GeographyUsers {

	private GeographyUsers() {
	}

	static RequestPostProcessor platformAdmin() {
		return user(new ThusongUser(1, "admin", "Administrator", Set.of(Role.ADMIN), null, Scope.everything(), false, "x"));
	}

	static RequestPostProcessor mbhasheOfficer() {
		return user(new ThusongUser(2, "thandi", "Thandi Mbhashe", Set.of(Role.OFFICER), "EC121", Scope.of("ZA/EC/DC12/EC121"),
				false, "x"));
	}

	static RequestPostProcessor amatholeAdmin() {
		return user(new ThusongUser(4, "amathole.admin", "Amathole administrator", Set.of(Role.ADMIN), "DC12",
				Scope.of("ZA/EC/DC12"), false, "x"));
	}

	static RequestPostProcessor erzincanOfficer() {
		return user(new ThusongUser(3, "ayse", "Ayşe Erzincan", Set.of(Role.OFFICER), "TR24", Scope.of("TR/TR24"), false, "x"));
	}
}
