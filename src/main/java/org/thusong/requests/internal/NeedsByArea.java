package org.thusong.requests.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thusong.core.Scope;
import org.thusong.requests.AreaNeedsCounted;
import org.thusong.requests.ServiceRequestSubmitted;

/**
 * Counts requests per ward, service and month as they are filed (in the municipality's zone),
 * and publishes each new count: "needs by area" for planning and investment.
 */
@Component
class NeedsByArea {

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	NeedsByArea(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ServiceRequestSubmitted filed) {
		ZoneId zone = Scope.of(filed.areaPath()).timeZone();
		LocalDate month = filed.submittedAt().atZone(zone).toLocalDate().withDayOfMonth(1);
		String ward = filed.wardCode() == null ? "-" : filed.wardCode();
		int count = jdbc.sql("""
				INSERT INTO request_need_by_area (organisation_code, area_path, ward_code, service_code, month, requests)
				VALUES (:org, :path, :ward, :service, :month, 1)
				ON CONFLICT (organisation_code, ward_code, service_code, month)
				DO UPDATE SET requests = request_need_by_area.requests + 1
				RETURNING requests""")
			.param("org", filed.organisationCode())
			.param("path", filed.areaPath())
			.param("ward", ward)
			.param("service", filed.serviceCode())
			.param("month", java.sql.Date.valueOf(month))
			.query(Integer.class)
			.single();
		events.publishEvent(new AreaNeedsCounted(filed.organisationCode(), filed.areaPath(), ward, filed.serviceCode(), month, count));
	}
}
