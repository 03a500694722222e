package org.thusong.requests;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.organisations.Department;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.internal.Routing;
import org.thusong.requests.internal.ServiceLevelClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * Changing a municipality's catalogue: its services and their questions, the routing rules that
 * send a service's requests from an area to another department, and the working calendar its
 * targets count in. Every change is audited in the same transaction; callers check who may
 * change which municipality.
 */
@Service
@Transactional
public class CatalogueManagement {

	private final ServiceCatalogue catalogue;

	private final Organisations organisations;

	private final Areas areas;

	private final ServiceLevelClock clock;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Routing routing;

	CatalogueManagement(ServiceCatalogue catalogue, Organisations organisations, Areas areas, ServiceLevelClock clock,
			AuditTrail audit, JdbcClient jdbc, JsonMapper json, Routing routing) {
		this.routing = routing;
		this.catalogue = catalogue;
		this.organisations = organisations;
		this.areas = areas;
		this.clock = clock;
		this.audit = audit;
		this.jdbc = jdbc;
		this.json = json;
	}

	public CatalogueService addService(String organisationCode, ServiceDraft draft) {
		OrganisationSummary organisation = organisation(organisationCode);
		catalogue.forget(organisation.code());
		catalogue.everyService(organisation.code());
		checkDepartment(organisation, draft.departmentCode());
		if (catalogue.anyService(organisation.code(), draft.code()).isPresent()) {
			throw new ServiceCodeTaken(draft.code());
		}
		try {
			jdbc.sql("""
					INSERT INTO request_service (organisation_code, code, group_code, name_en, name_tr, description_en,
					    description_tr, department_code, target_hours, priority, keywords, active)
					VALUES (:org, :code, :group, :nameEn, :nameTr, :descEn, :descTr, :dept, :hours, :priority, :keywords, :active)""")
				.params(columns(organisation, draft))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ServiceCodeTaken(draft.code());
		}
		CatalogueService added = service(organisation, draft.code());
		audit.record("request-service", key(added), "created", organisation.jurisdictionPath(), null, added);
		return added;
	}

	/** Changes a service's fields; its code stays as it is, since filed requests carry it. */
	public CatalogueService changeService(String organisationCode, String serviceCode, ServiceDraft draft) {
		OrganisationSummary organisation = organisation(organisationCode);
		catalogue.forget(organisation.code());
		CatalogueService before = service(organisation, serviceCode);
		checkDepartment(organisation, draft.departmentCode());
		if (!before.code().equals(draft.code())) {
			throw new InvalidInput("code", "a service's code cannot change");
		}
		jdbc.sql("""
				UPDATE request_service SET group_code = :group, name_en = :nameEn, name_tr = :nameTr,
				    description_en = :descEn, description_tr = :descTr, department_code = :dept, target_hours = :hours,
				    priority = :priority, keywords = :keywords, active = :active
				 WHERE id = :id""")
			.params(columns(organisation, draft))
			.param("id", before.id())
			.update();
		CatalogueService after = service(organisation, serviceCode);
		audit.record("request-service", key(after), "updated", organisation.jurisdictionPath(), before, after);
		return after;
	}

	/** Takes a service off the forms; its requests stay. */
	public CatalogueService deactivate(String organisationCode, String serviceCode) {
		OrganisationSummary organisation = organisation(organisationCode);
		catalogue.forget(organisation.code());
		CatalogueService before = service(organisation, serviceCode);
		jdbc.sql("UPDATE request_service SET active = FALSE WHERE id = :id").param("id", before.id()).update();
		CatalogueService after = service(organisation, serviceCode);
		audit.record("request-service", key(after), "deactivated", organisation.jurisdictionPath(), before, after);
		return after;
	}

	public CatalogueService addAttribute(String organisationCode, String serviceCode, ServiceAttribute attribute) {
		OrganisationSummary organisation = organisation(organisationCode);
		catalogue.forget(organisation.code());
		CatalogueService before = service(organisation, serviceCode);
		check(attribute);
		if (before.attributes().stream().anyMatch(a -> a.code().equals(attribute.code()))) {
			throw new InvalidInput("attributeCode", "the service already asks a question with the code '" + attribute.code() + "'");
		}
		jdbc.sql("""
				INSERT INTO request_service_attribute (service_id, code, datatype, required, position, description_en,
				    description_tr, choices)
				VALUES (:service, :code, :type, :required, :position, :en, :tr, CAST(:choices AS jsonb))""")
			.params(attributeColumns(attribute))
			.param("service", before.id())
			.update();
		CatalogueService after = service(organisation, serviceCode);
		audit.record("request-service", key(after), "attribute-added", organisation.jurisdictionPath(), before, after);
		return after;
	}

	/** Changes a question; its code stays, since filed answers carry it. */
	public CatalogueService changeAttribute(String organisationCode, String serviceCode, ServiceAttribute attribute) {
		OrganisationSummary organisation = organisation(organisationCode);
		catalogue.forget(organisation.code());
		CatalogueService before = service(organisation, serviceCode);
		check(attribute);
		int changed = jdbc.sql("""
				UPDATE request_service_attribute SET datatype = :type, required = :required, position = :position,
				    description_en = :en, description_tr = :tr, choices = CAST(:choices AS jsonb)
				 WHERE service_id = :service AND code = :code""")
			.params(attributeColumns(attribute))
			.param("service", before.id())
			.update();
		if (changed == 0) {
			throw new NotFound("The service '" + serviceCode + "' asks no question '" + attribute.code() + "'");
		}
		CatalogueService after = service(organisation, serviceCode);
		audit.record("request-service", key(after), "attribute-changed", organisation.jurisdictionPath(), before, after);
		return after;
	}

	public CatalogueService removeAttribute(String organisationCode, String serviceCode, String attributeCode) {
		OrganisationSummary organisation = organisation(organisationCode);
		catalogue.forget(organisation.code());
		CatalogueService before = service(organisation, serviceCode);
		int removed = jdbc.sql("DELETE FROM request_service_attribute WHERE service_id = :service AND code = :code")
			.param("service", before.id())
			.param("code", attributeCode)
			.update();
		if (removed == 0) {
			throw new NotFound("The service '" + serviceCode + "' asks no question '" + attributeCode + "'");
		}
		CatalogueService after = service(organisation, serviceCode);
		audit.record("request-service", key(after), "attribute-removed", organisation.jurisdictionPath(), before, after);
		return after;
	}

	@Transactional(readOnly = true)
	public List<RoutingRule> routingRules(String organisationCode, String serviceCode) {
		OrganisationSummary organisation = organisation(organisationCode);
		CatalogueService service = service(organisation, serviceCode);
		return jdbc.sql("""
				SELECT id, area_path, department_code FROM request_routing_rule
				 WHERE service_id = :service ORDER BY area_path""")
			.param("service", service.id())
			.query((rs, n) -> new RoutingRule(rs.getLong("id"), service.code(), rs.getString("area_path"),
					rs.getString("department_code")))
			.list();
	}

	/** Sends the service's requests from inside the area (a ward or mahalle of the municipality) to the department. */
	public RoutingRule addRoutingRule(String organisationCode, String serviceCode, String areaCode, String departmentCode) {
		OrganisationSummary organisation = organisation(organisationCode);
		CatalogueService service = service(organisation, serviceCode);
		AreaSummary area = areas.find(areaCode)
			.filter(a -> a.codePath().startsWith(organisation.jurisdictionPath() + "/"))
			.orElseThrow(() -> new InvalidInput("area", "choose a ward or mahalle of " + organisation.name()));
		checkDepartment(organisation, departmentCode);
		long id;
		try {
			id = jdbc.sql("""
					INSERT INTO request_routing_rule (organisation_code, service_id, area_path, department_code)
					VALUES (:org, :service, :path, :dept) RETURNING id""")
				.param("org", organisation.code())
				.param("service", service.id())
				.param("path", area.codePath())
				.param("dept", departmentCode.trim())
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInput("area", "the service already has a rule for " + area.name());
		}
		routing.forget(service.id());
		RoutingRule rule = new RoutingRule(id, service.code(), area.codePath(), departmentCode.trim());
		audit.record("request-routing-rule", String.valueOf(id), "created", area.codePath(), null, rule);
		return rule;
	}

	public void removeRoutingRule(String organisationCode, String serviceCode, long ruleId) {
		RoutingRule rule = routingRules(organisationCode, serviceCode).stream()
			.filter(r -> r.id() == ruleId)
			.findFirst()
			.orElseThrow(() -> new NotFound("The service '" + serviceCode + "' has no routing rule " + ruleId));
		jdbc.sql("DELETE FROM request_routing_rule WHERE id = :id").param("id", ruleId).update();
		routing.forget(catalogue.anyService(organisationCode, serviceCode).orElseThrow().id());
		audit.record("request-routing-rule", String.valueOf(ruleId), "removed", rule.areaPath(), rule, null);
	}

	/** Sets the calendar the municipality's targets count in, replacing its holidays. */
	public WorkingCalendar setWorkingCalendar(String organisationCode, WorkingCalendar calendar) {
		OrganisationSummary organisation = organisation(organisationCode);
		WorkingCalendar before = clock.calendar(organisation.code()).orElse(null);
		clock.save(organisation.code(), calendar);
		audit.record("working-calendar", organisation.code(), "set", organisation.jurisdictionPath(), before, calendar);
		return calendar;
	}

	private OrganisationSummary organisation(String code) {
		return organisations.findByCode(code)
			.orElseThrow(() -> new NotFound("No organisation has the code '" + code + "'"));
	}

	private CatalogueService service(OrganisationSummary organisation, String serviceCode) {
		return catalogue.anyService(organisation.code(), serviceCode)
			.orElseThrow(() -> new NotFound("The catalogue of " + organisation.name() + " has no service '" + serviceCode + "'"));
	}

	private void checkDepartment(OrganisationSummary organisation, String departmentCode) {
		List<Department> departments = organisations.departments(organisation.code());
		if (departmentCode == null || departments.stream().noneMatch(d -> d.code().equals(departmentCode.trim()))) {
			throw new InvalidInput("departmentCode", "choose a department of " + organisation.name());
		}
	}

	private static void check(ServiceAttribute attribute) {
		if (attribute.code() == null || !ServiceDraft.CODE.matcher(attribute.code()).matches()) {
			throw new InvalidInput("attributeCode", "use lowercase letters, digits and hyphens, at most 40");
		}
		if (attribute.type() == null) {
			throw new InvalidInput("type", "choose a type");
		}
		if (attribute.position() < 0 || attribute.position() > 999) {
			throw new InvalidInput("position", "between 0 and 999");
		}
		if (blank(attribute.descriptionEn()) || attribute.descriptionEn().length() > 300) {
			throw new InvalidInput("attributeDescriptionEn", "required, at most 300 characters");
		}
		if (blank(attribute.descriptionTr()) || attribute.descriptionTr().length() > 300) {
			throw new InvalidInput("attributeDescriptionTr", "required, at most 300 characters");
		}
		if (attribute.type().isList() && attribute.choices().isEmpty()) {
			throw new InvalidInput("choices", "a list question needs at least one choice");
		}
		if (!attribute.type().isList() && !attribute.choices().isEmpty()) {
			throw new InvalidInput("choices", "only list questions have choices");
		}
		Set<String> keys = new HashSet<>();
		for (ServiceAttribute.Choice choice : attribute.choices()) {
			if (choice.key() == null || !ServiceDraft.CODE.matcher(choice.key()).matches() || blank(choice.en())
					|| blank(choice.tr())) {
				throw new InvalidInput("choices", "each choice needs a key of lowercase letters, digits and hyphens and both names");
			}
			if (!keys.add(choice.key())) {
				throw new InvalidInput("choices", "the key '" + choice.key() + "' appears twice");
			}
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String key(CatalogueService service) {
		return service.organisationCode() + "/" + service.code();
	}

	private static java.util.Map<String, Object> columns(OrganisationSummary organisation, ServiceDraft draft) {
		java.util.Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("org", organisation.code());
		columns.put("code", draft.code());
		columns.put("group", draft.groupCode());
		columns.put("nameEn", draft.nameEn());
		columns.put("nameTr", draft.nameTr());
		columns.put("descEn", draft.descriptionEn());
		columns.put("descTr", draft.descriptionTr());
		columns.put("dept", draft.departmentCode());
		columns.put("hours", draft.targetHours());
		columns.put("priority", draft.priority().name());
		columns.put("keywords", draft.keywords());
		columns.put("active", draft.active());
		return columns;
	}

	private java.util.Map<String, Object> attributeColumns(ServiceAttribute attribute) {
		java.util.Map<String, Object> columns = new java.util.HashMap<>();
		columns.put("code", attribute.code());
		columns.put("type", attribute.type().name());
		columns.put("required", attribute.required());
		columns.put("position", attribute.position());
		columns.put("en", attribute.descriptionEn().trim());
		columns.put("tr", attribute.descriptionTr().trim());
		columns.put("choices", json.writeValueAsString(attribute.choices()));
		return columns;
	}
}
