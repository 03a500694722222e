package org.thusong.projects.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thusong.backlogs.BasicService;
import org.thusong.requests.AreaNeedsCounted;
import org.thusong.requests.ServiceCatalogue;

/**
 * Keeps, per ward, basic service and month, how many community requests the requests module has
 * counted (a water leak or no water is water; a pothole is roads): the investment plan's
 * "requests from those wards" criterion.
 */
@Component
class WardNeeds {

	private final JdbcClient jdbc;

	private final ServiceCatalogue catalogue;

	WardNeeds(JdbcClient jdbc, ServiceCatalogue catalogue) {
		this.jdbc = jdbc;
		this.catalogue = catalogue;
	}

	@ApplicationModuleListener
	void on(AreaNeedsCounted counted) {
		BasicService service = catalogue.anyService(counted.organisationCode(), counted.serviceCode())
			.map(s -> BasicService.find(s.groupCode()))
			.orElse(BasicService.find(counted.serviceCode()));
		if (service == null || counted.wardCode() == null || "-".equals(counted.wardCode())) {
			return;
		}
		jdbc.sql("""
				INSERT INTO project_ward_need (ward_code, request_service, service, month, requests)
				VALUES (:ward, :requestService, :service, :month, :requests)
				ON CONFLICT (ward_code, request_service, month) DO UPDATE SET requests = GREATEST(project_ward_need.requests, EXCLUDED.requests)""")
			.param("ward", counted.wardCode())
			.param("requestService", counted.serviceCode())
			.param("service", service.code())
			.param("month", java.sql.Date.valueOf(counted.month()))
			.param("requests", counted.requests())
			.update();
	}
}
