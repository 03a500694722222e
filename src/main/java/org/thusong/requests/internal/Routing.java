package org.thusong.requests.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thusong.requests.CatalogueService;

/**
 * Which department gets a new request: a routing rule for the service and the most specific area
 * that contains the request wins (e.g. the Dutywa depot for wards around Dutywa); otherwise the
 * service's own department.
 */
@Component
public class Routing {

	private final JdbcClient jdbc;

	Routing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String departmentFor(CatalogueService service, String areaPath) {
		return jdbc.sql("""
				SELECT department_code FROM request_routing_rule
				 WHERE service_id = :service AND (:path = area_path OR :path LIKE area_path || '/%')
				 ORDER BY length(area_path) DESC LIMIT 1""")
			.param("service", service.id())
			.param("path", areaPath)
			.query(String.class)
			.optional()
			.orElse(service.departmentCode());
	}
}
