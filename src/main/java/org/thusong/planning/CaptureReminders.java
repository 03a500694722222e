package org.thusong.planning;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.identity.People;
import org.thusong.identity.Role;
import org.thusong.notifications.Notifications;

/**
 * Reminds the officers and managers of an organisation by e-mail, once per quarter, when the
 * quarter closes for capture within {@value #DAYS_BEFORE} days and some of its KPIs have no
 * submitted actual yet. A quarter is claimed by marking it reminded in the same transaction
 * that queues the messages, so that with several instances each reminder goes out once.
 */
@Service
public class CaptureReminders {

	private static final Logger log = LoggerFactory.getLogger(CaptureReminders.class);

	static final int DAYS_BEFORE = 7;

	private final JdbcClient jdbc;

	private final People people;

	private final Notifications notifications;

	private final PlanningClock clock;

	CaptureReminders(JdbcClient jdbc, People people, Notifications notifications, PlanningClock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.notifications = notifications;
		this.clock = clock;
	}

	@Scheduled(initialDelayString = "PT2M", fixedDelayString = "${thusong.planning.reminder-interval:PT6H}")
	void scheduled() {
		try {
			send();
		}
		catch (RuntimeException e) {
			log.warn("Capture reminders failed; trying again later", e);
		}
	}

	/** Queues the reminders due today; returns how many messages were queued. */
	@Transactional
	public int send() {
		LocalDate today = clock.today();
		record Due(long sdbipId, int quarter, LocalDate closesOn, String organisationCode, String areaPath, String title, int missing) {
		}
		List<Due> due = jdbc.sql("""
				UPDATE planning_quarter q SET reminded_at = :now
				  FROM planning_sdbip s
				 WHERE s.id = q.sdbip_id AND s.is_current AND q.reminded_at IS NULL
				   AND q.closes_on BETWEEN :today AND :horizon
				RETURNING q.sdbip_id, q.quarter, q.closes_on, s.organisation_code, s.area_path, s.title,
				   (SELECT count(*) FROM planning_kpi k WHERE k.sdbip_id = s.id AND NOT EXISTS (
				       SELECT 1 FROM planning_actual a WHERE a.kpi_id = k.id AND a.quarter = q.quarter
				          AND a.state NOT IN ('CAPTURED', 'RETURNED'))) AS missing""")
			.param("now", Timestamp.from(clock.now()))
			.param("today", today)
			.param("horizon", today.plusDays(DAYS_BEFORE))
			.query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getInt(7)))
			.list();
		int queued = 0;
		for (Due d : due) {
			if (d.missing() == 0) {
				continue;
			}
			for (Role role : List.of(Role.OFFICER, Role.MANAGER)) {
				for (People.Contact contact : people.withRole(d.organisationCode(), role)) {
					notifications.queueEmail(contact.email(), "Q" + d.quarter() + " actuals close on " + d.closesOn() + ": " + d.title(),
							"Dear " + contact.name() + ",\n\n" + d.missing() + " KPIs of " + d.title() + " have no submitted actual for Q"
									+ d.quarter() + ". Capture closes on " + d.closesOn()
									+ "; after that the PMS unit must reopen the quarter.\n\nThusong",
							d.areaPath(), "sdbip-" + d.sdbipId() + "-Q" + d.quarter());
					queued++;
				}
			}
		}
		return queued;
	}
}
