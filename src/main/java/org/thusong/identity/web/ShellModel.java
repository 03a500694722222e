package org.thusong.identity.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;
import jakarta.servlet.http.HttpServletRequest;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.identity.internal.DemoData;

/**
 * What every page's layout needs: who is signed in, their roles (for navigation) and the language.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ShellModel {

	private final DemoData demoData;

	ShellModel(DemoData demoData) {
		this.demoData = demoData;
	}

	/** Whether invented demo data exists: the layout then says so on every page. */
	@ModelAttribute("demo")
	boolean demo() {
		return demoData.exists();
	}

	@ModelAttribute("me")
	ThusongUser me(@AuthenticationPrincipal Object principal) {
		return principal instanceof ThusongUser user ? user : null;
	}

	@ModelAttribute("nav")
	Navigation nav(@AuthenticationPrincipal Object principal) {
		return principal instanceof ThusongUser user ? Navigation.of(user) : Navigation.ANONYMOUS;
	}

	@ModelAttribute("pages")
	PageLinks pages(HttpServletRequest request) {
		return new PageLinks(request);
	}

	@ModelAttribute("lang")
	String lang(HttpServletRequest request) {
		return RequestContextUtils.getLocale(request).getLanguage();
	}

	/** Which sections a user's navigation shows. */
	record Navigation(boolean signedIn, boolean areas, boolean organisations, boolean users, boolean apiKeys,
			boolean audit, boolean documents, boolean notifications, boolean admin, boolean requests, boolean console,
			boolean myArea, boolean planning, boolean backlogs, boolean projects) {

		static final Navigation ANONYMOUS = new Navigation(false, false, false, false, false, false, false, false, false,
				false, false, false, false, false, false);

		static Navigation of(ThusongUser user) {
			boolean admin = user.has(Role.ADMIN);
			boolean auditor = user.has(Role.AUDITOR);
			// Community representatives work through requests, not the registers of people and bodies.
			boolean registers = !(user.roles().size() == 1 && user.has(Role.COMMUNITY_REPRESENTATIVE));
			boolean requests = admin || auditor || user.has(Role.MANAGER) || user.has(Role.OFFICER) || user.has(Role.AGENT)
					|| user.has(Role.COORDINATOR);
			boolean planning = admin || auditor || user.has(Role.PMS_OFFICER) || user.has(Role.MANAGER) || user.has(Role.OFFICER)
					|| user.has(Role.COORDINATOR);
			// Backlogs and projects: for staff and coordinators, not for community representatives alone.
			return new Navigation(true, true, registers, admin, admin, admin || auditor, true, admin, admin, requests,
					admin || user.has(Role.AGENT), user.has(Role.COMMUNITY_REPRESENTATIVE), planning, registers, registers);
		}
	}
}
