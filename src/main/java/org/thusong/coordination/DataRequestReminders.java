package org.thusong.coordination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * Reminds a municipality of the questions it has not answered by their due date: one e-mail per
 * municipality listing every overdue item, to its managers and PMS officers, at most once a week.
 * The asks are claimed with an UPDATE … RETURNING, so that of several instances one sends.
 */
@Service
public class DataRequestReminders {

	private static final Logger log = LoggerFactory.getLogger(DataRequestReminders.class);

	private final JdbcClient jdbc;

	private final People people;

	private final Notifications notifications;

	DataRequestReminders(JdbcClient jdbc, People people, Notifications notifications) {
		this.jdbc = jdbc;
		this.people = people;
		this.notifications = notifications;
	}

	/** Sends the reminders due now; answers how many municipalities were reminded. */
	@Scheduled(initialDelayString = "PT3M", fixedDelayString = "${thusong.coordination.reminder-interval:PT6H}")
	@Transactional
	public int remindOverdue() {
		record Overdue(String municipality, String path, String element, String period, java.time.LocalDate due) {
		}
		List<Overdue> overdue = jdbc.sql("""
				UPDATE coordination_ask SET reminded_at = now()
				 WHERE answered_at IS NULL AND due_on < current_date
				   AND (reminded_at IS NULL OR reminded_at < now() - interval '7 days')
				RETURNING municipality_code, municipality_path, data_element, period, due_on""")
			.query((rs, n) -> new Overdue(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate()))
			.list();
		Map<String, List<Overdue>> byMunicipality = new LinkedHashMap<>();
		overdue.forEach(o -> byMunicipality.computeIfAbsent(o.municipality(), k -> new ArrayList<>()).add(o));
		for (Map.Entry<String, List<Overdue>> entry : byMunicipality.entrySet()) {
			StringBuilder body = new StringBuilder("These data requests to ").append(entry.getKey())
				.append(" are past their due date:\n\n");
			entry.getValue().forEach(o -> body.append("- ").append(o.element()).append(" for ").append(o.period())
				.append(", due ").append(o.due()).append('\n'));
			body.append("\nAnswer them all in one form: /coordination/answers?municipality=").append(entry.getKey()).append('\n');
			Map<String, People.Contact> to = new LinkedHashMap<>();
			for (Role role : List.of(Role.MANAGER, Role.PMS_OFFICER)) {
				people.withRole(entry.getKey(), role).forEach(c -> to.putIfAbsent(c.email().toLowerCase(java.util.Locale.ROOT), c));
			}
			for (People.Contact contact : to.values()) {
				notifications.queueEmail(contact.email(), "Overdue data requests for " + entry.getKey(), body.toString(),
						entry.getValue().get(0).path(), "data-requests:" + entry.getKey());
			}
		}
		if (!byMunicipality.isEmpty()) {
			log.info("Reminded {} municipality(ies) of {} overdue data request item(s)", byMunicipality.size(), overdue.size());
		}
		return byMunicipality.size();
	}
}
