package org.thusong.requests.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thusong.core.Scope;
import org.thusong.identity.People;
import org.thusong.identity.Role;
import org.thusong.notifications.Notifications;
import org.thusong.requests.ServiceRequest;

/**
 * Tells people what happened to a request, through the notifications outbox in the same
 * transaction as the change: the reporter (and everyone whose report was merged into it) on
 * acknowledgement, each public note and resolution, by e-mail or, with only a phone number, by
 * SMS; the department's managers when a request is escalated. Messages are written in the
 * municipality's language (Turkish in Türkiye, English in South Africa).
 */
@Component
public class ReporterMessages {

	private static final Set<String> TOLD = Set.of("acknowledged", "public-note", "resolved");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Notifications notifications;

	private final MessageSource messages;

	private final JdbcClient jdbc;

	private final People people;

	private final String publicUrl;

	ReporterMessages(Notifications notifications, MessageSource messages, JdbcClient jdbc, People people,
			@Value("${thusong.public-url:http://localhost:8080}") String publicUrl) {
		this.notifications = notifications;
		this.messages = messages;
		this.jdbc = jdbc;
		this.people = people;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** Queues a message for each step the reporters should hear of. */
	public void tell(ServiceRequest request, String serviceName, List<ServiceRequest.Step> steps) {
		String path = request.filing().areaPath();
		Locale locale = path.startsWith("TR") ? Locale.forLanguageTag("tr") : Locale.ENGLISH;
		ZoneId zone = Scope.of(path).timeZone();
		for (ServiceRequest.Step step : steps) {
			if (!step.isPublic() || !TOLD.contains(step.action())) {
				continue;
			}
			String body = switch (step.action()) {
				case "acknowledged" -> text("requests.mail.acknowledged", locale, request.reference(), serviceName,
						WHEN.format(request.dueAt().atZone(zone)));
				case "public-note" -> text("requests.mail.public-note", locale, request.reference(), serviceName) + "\n\n" + step.note();
				default -> text("requests.mail.resolved", locale, request.reference(), serviceName) + "\n\n" + step.note();
			};
			String link = publicUrl + "/status/" + request.reference();
			String full = body + "\n\n" + text("requests.mail.follow", locale, link);
			String subject = text("requests.mail.subject", locale, request.reference(), serviceName);
			for (Reporter reporter : reporters(request)) {
				if (reporter.email() != null) {
					notifications.queueEmail(reporter.email(), subject, full, path, request.reference());
				}
				else if (reporter.phone() != null) {
					notifications.queueSms(reporter.phone(), full, path, request.reference());
				}
			}
		}
	}

	/** Tells the department's managers (or the organisation's, when none is named) of an overdue request. */
	public void escalate(String reference, String organisationCode, String department, String areaPath, Instant due,
			String organisationName) {
		Locale locale = areaPath.startsWith("TR") ? Locale.forLanguageTag("tr") : Locale.ENGLISH;
		String when = WHEN.format(due.atZone(Scope.of(areaPath).timeZone()));
		String subject = text("requests.mail.escalatedSubject", locale, reference);
		String body = text("requests.mail.escalated", locale, reference, department, organisationName, when, department)
				+ "\n\n" + publicUrl + "/requests/" + reference;
		for (People.Contact manager : people.withRole(organisationCode, Role.MANAGER)) {
			notifications.queueEmail(manager.email(), subject, body, areaPath, reference);
		}
	}

	private record Reporter(String email, String phone) {
	}

	/** The request's own reporter and the reporters of every request merged into it. */
	private Set<Reporter> reporters(ServiceRequest request) {
		Set<Reporter> reporters = new LinkedHashSet<>();
		ServiceRequest.Reporter own = request.filing().reporter();
		if (own.email() != null || own.phone() != null) {
			reporters.add(new Reporter(own.email(), own.phone()));
		}
		jdbc.sql("""
				SELECT reporter_email, reporter_phone FROM service_request
				 WHERE duplicate_of = :id AND (reporter_email IS NOT NULL OR reporter_phone IS NOT NULL)""")
			.param("id", request.id())
			.query((rs, n) -> reporters.add(new Reporter(rs.getString(1), rs.getString(2))))
			.list();
		return reporters;
	}

	private String text(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
