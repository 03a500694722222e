package org.thusong.requests;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;

/**
 * Service levels: escalation of overdue requests and the on-time percentage per service,
 * department, ward and month.
 */
@Service
public class ServiceLevels {

	private static String expression(OnTimeGroup groupBy) {
		return switch (groupBy) {
			case SERVICE -> "r.service_code";
			case DEPARTMENT -> "r.department_code";
			case WARD -> "coalesce(r.ward_name, r.ward_code, '-')";
			case MONTH -> "to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM')";
		};
	}

	private static final Logger log = LoggerFactory.getLogger(ServiceLevels.class);

	private static final String OPEN = RequestStatus.OPEN_SQL;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final org.thusong.requests.internal.ReporterMessages messages;

	private final org.thusong.organisations.Organisations organisations;

	ServiceLevels(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
			org.thusong.requests.internal.ReporterMessages messages, org.thusong.organisations.Organisations organisations) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.organisations = organisations;
	}

	/**
	 * Escalates every open request past its due time that has not been escalated yet. Several
	 * instances may run this at once: the row locks ({@code SKIP LOCKED}) and the
	 * {@code escalated_at IS NULL} condition let exactly one of them escalate each request.
	 */
	@Scheduled(initialDelayString = "${thusong.requests.escalation-interval:PT1M}",
			fixedDelayString = "${thusong.requests.escalation-interval:PT1M}")
	@Transactional
	public int escalateOverdue() {
		record Overdue(long id, String reference, String organisation, String department, String path, Instant due) {
		}
		List<Overdue> escalated = jdbc.sql("""
				UPDATE service_request SET escalated_at = now()
				 WHERE id IN (SELECT id FROM service_request
				               WHERE escalated_at IS NULL AND status IN """ + OPEN + """
				                 AND due_at < now()
				               ORDER BY due_at LIMIT 500 FOR UPDATE SKIP LOCKED)
				RETURNING id, reference, organisation_code, department_code, area_path, due_at""")
			.query((rs, n) -> new Overdue(rs.getLong("id"), rs.getString("reference"), rs.getString("organisation_code"),
					rs.getString("department_code"), rs.getString("area_path"), rs.getTimestamp("due_at").toInstant()))
			.list();
		for (Overdue request : escalated) {
			jdbc.sql("""
					INSERT INTO service_request_step (request_id, at, actor, action, from_status, to_status, note, public)
					SELECT id, now(), 'system', 'escalated', status, status, :note, FALSE FROM service_request WHERE id = :id""")
				.param("id", request.id())
				.param("note", "Overdue since " + request.due() + ": escalated to the manager of " + request.department())
				.update();
			audit.record("service-request", request.reference(), "escalated", request.path(), null,
					Map.of("department", request.department(), "dueAt", request.due().toString()));
			events.publishEvent(new ServiceRequestEscalated(request.reference(), request.organisation(), request.department(),
					request.path(), request.due()));
			String name = organisations.findByCode(request.organisation()).map(o -> o.name()).orElse(request.organisation());
			messages.escalate(request.reference(), request.organisation(), request.department(), request.path(), request.due(), name);
		}
		if (!escalated.isEmpty()) {
			log.info("Escalated {} overdue request(s)", escalated.size());
		}
		return escalated.size();
	}

	/** On-time figures for requests submitted from {@code from} (inclusive) to {@code to} (exclusive) within the scope, grouped. */
	@Transactional(readOnly = true)
	public List<OnTime> onTime(Scope scope, OnTimeGroup groupBy, String organisationCode, Instant from, Instant to) {
		if (groupBy == null) {
			throw new InvalidInput("by", "must be one of service, department, ward, month");
		}
		if (from != null && to != null && !to.isAfter(from)) {
			throw new InvalidInput("to", "must be after from");
		}
		return jdbc.sql("SELECT " + expression(groupBy) + " " + """
				 AS grp,
				       count(*) AS total,
				       count(*) FILTER (WHERE r.resolved_at IS NOT NULL) AS resolved,
				       count(*) FILTER (WHERE r.resolved_at IS NOT NULL AND r.resolved_at <= r.due_at) AS on_time,
				       count(*) FILTER (WHERE (r.resolved_at IS NOT NULL AND r.resolved_at > r.due_at)
				                           OR (r.resolved_at IS NULL AND r.status IN """ + OPEN + """
				                               AND r.due_at < now())) AS late,
				       count(*) FILTER (WHERE r.resolved_at IS NULL AND r.status IN """ + OPEN + """
				                          AND r.due_at >= now()) AS pending
				  FROM service_request r
				 WHERE r.area_path LIKE ANY (:patterns)
				   AND r.status NOT IN ('DUPLICATE', 'REJECTED', 'REFERRED')
				   AND (CAST(:org AS text) IS NULL OR r.organisation_code = :org)
				   AND (CAST(:from AS timestamptz) IS NULL OR r.submitted_at >= :from)
				   AND (CAST(:to AS timestamptz) IS NULL OR r.submitted_at < :to)
				 GROUP BY 1 ORDER BY 1""")
			.param("patterns", scope.likePatternArray())
			.param("org", organisationCode)
			.param("from", from == null ? null : Timestamp.from(from))
			.param("to", to == null ? null : Timestamp.from(to))
			.query((rs, n) -> {
				return OnTime.of(rs.getString("grp"), rs.getLong("total"), rs.getLong("resolved"), rs.getLong("on_time"),
						rs.getLong("late"), rs.getLong("pending"));
			})
			.list();
	}
}
