package org.thusong.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thusong.audit.internal.AuditDiff;
import org.thusong.audit.internal.AuditDiff.FieldChange;
import org.thusong.audit.internal.AuditEntry;
import org.thusong.audit.internal.AuditFilter;
import org.thusong.audit.internal.AuditLog;
import org.thusong.core.InvalidInput;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;

/**
 * The audit trail for administrators and auditors: filters and the page number live in the query
 * string, so a filtered view can be bookmarked or sent to a colleague.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
class AuditPage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final AuditLog log;

	private final AuditDiff diff;

	AuditPage(AuditLog log, AuditDiff diff) {
		this.log = log;
		this.diff = diff;
	}

	/** One entry as shown: its time in the reader's zone and its before/after lined up by field. */
	record Row(AuditEntry entry, String at, List<FieldChange> changes, long changedCount) {
	}

	@GetMapping("/audit")
	String audit(@ModelAttribute("query") AuditQuery query, Scope scope, Model model, HttpServletResponse response) {
		ZoneId zone = scope.timeZone();
		model.addAttribute("zone", zone.getId());
		AuditFilter filter;
		PageRequestOf pageRequest;
		try {
			filter = query.filter(zone);
			pageRequest = query.pageRequest();
		}
		catch (BadAuditQuery e) {
			return withError(model, response, e.field(), e.messageKey());
		}
		catch (InvalidInput e) {
			return withError(model, response, e.field(), "audit.error.range." + e.field());
		}
		PageOf<Row> page = log.search(filter, scope, pageRequest).map(entry -> row(entry, zone));
		model.addAttribute("page", page);
		return "audit/list";
	}

	private Row row(AuditEntry entry, ZoneId zone) {
		List<FieldChange> changes = diff.between(entry.before(), entry.after());
		long changed = changes.stream().filter(FieldChange::changed).count();
		return new Row(entry, TIME.format(entry.at().atZone(zone)), changes, changed);
	}

	private static String withError(Model model, HttpServletResponse response, String field, String messageKey) {
		response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		model.addAttribute("errorField", field);
		model.addAttribute("errorKey", messageKey);
		model.addAttribute("page", new PageOf<Row>(List.of(), 0, AuditQuery.DEFAULT_SIZE, 0));
		return "audit/list";
	}
}
