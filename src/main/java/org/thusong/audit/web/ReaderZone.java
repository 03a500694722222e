package org.thusong.audit.web;

import java.time.ZoneId;

import org.thusong.core.Scope;

/**
 * The time zone an audit reader sees times in. Times are stored in UTC and shown in the zone of
 * the reader's country: a scope inside Türkiye reads Istanbul time; everyone else, the platform
 * administrator included, reads South African time.
 */
final class ReaderZone {

	static final ZoneId SOUTH_AFRICA = ZoneId.of("Africa/Johannesburg");

	static final ZoneId TURKIYE = ZoneId.of("Europe/Istanbul");

	private ReaderZone() {
	}

	static ZoneId of(Scope scope) {
		boolean turkish = !scope.unrestricted() && !scope.roots().isEmpty()
				&& scope.roots().stream().allMatch(root -> root.equals("TR") || root.startsWith("TR/"));
		return turkish ? TURKIYE : SOUTH_AFRICA;
	}
}
