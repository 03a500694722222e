package org.thusong.requests.internal;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thusong.core.ShortLivedCache;
import org.thusong.requests.CatalogueService;

/**
 * Which department gets a new request: a routing rule for the service and the most specific area
 * that contains the request wins (e.g. the Dutywa depot for wards around Dutywa); otherwise the
 * service's own department.
 */
@Component
public class Routing {

	private record Rule(String areaPath, String departmentCode) {
	}

	private final JdbcClient jdbc;

	/** Each service's rules, read on every filing and changed seldom. */
	private final ShortLivedCache<Long, List<Rule>> rules = new ShortLivedCache<>(Duration.ofSeconds(30));

	Routing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public String departmentFor(CatalogueService service, String areaPath) {
		List<Rule> known = rules.get(service.id(), id -> Optional.of(jdbc.sql("""
				SELECT area_path, department_code FROM request_routing_rule WHERE service_id = :service""")
			.param("service", id)
			.query((rs, n) -> new Rule(rs.getString(1), rs.getString(2)))
			.list())).orElseThrow();
		return known.stream()
			.filter(rule -> areaPath != null && (areaPath.equals(rule.areaPath()) || areaPath.startsWith(rule.areaPath() + "/")))
			.max(Comparator.comparingInt(rule -> rule.areaPath().length()))
			.map(Rule::departmentCode)
			.orElse(service.departmentCode());
	}

	/** After a change to the service's rules: read them afresh. */
	public void forget(long serviceId) {
		rules.forget(serviceId);
	}
}
