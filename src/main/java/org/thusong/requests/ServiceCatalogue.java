package org.thusong.requests;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.NotFound;
import org.thusong.core.ShortLivedCache;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.internal.DefaultCatalogue;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each municipality's service catalogue. A municipality that has none yet gets the default
 * catalogue the first time anyone asks for it, with its own departments; from then on it is
 * the municipality's to change.
 */
@Service
@Transactional
public class ServiceCatalogue {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final JsonMapper json;

	/** Each municipality's active services, read on every filing and every Open311 call. */
	private final ShortLivedCache<String, List<CatalogueService>> active = new ShortLivedCache<>(Duration.ofSeconds(30));

	ServiceCatalogue(JdbcClient jdbc, Organisations organisations, JsonMapper json) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.json = json;
	}

	/** The active services of a municipality, grouped and in catalogue order. */
	public List<CatalogueService> services(String organisationCode) {
		OrganisationSummary organisation = organisations.findByCode(organisationCode)
			.orElseThrow(() -> new NotFound("No organisation has the code '" + organisationCode + "'"));
		return active.get(organisation.code(), org -> {
			ensureCatalogue(organisation);
			return Optional.of(load("s.organisation_code = :org AND s.active", Map.of("org", org)));
		}).orElseThrow();
	}

	/** After a change to the municipality's catalogue: read it afresh. */
	void forget(String organisationCode) {
		active.forget(organisationCode);
	}

	/** Every service of a municipality, inactive ones too, for the people who edit the catalogue. */
	public List<CatalogueService> everyService(String organisationCode) {
		OrganisationSummary organisation = organisations.findByCode(organisationCode)
			.orElseThrow(() -> new NotFound("No organisation has the code '" + organisationCode + "'"));
		ensureCatalogue(organisation);
		return load("s.organisation_code = :org", Map.of("org", organisation.code()));
	}

	/** One service of a municipality by its code, active or not. */
	public Optional<CatalogueService> anyService(String organisationCode, String serviceCode) {
		return everyService(organisationCode).stream().filter(s -> s.code().equalsIgnoreCase(serviceCode)).findFirst();
	}

	/** One service of a municipality by its code (the Open311 service_code). */
	public Optional<CatalogueService> service(String organisationCode, String serviceCode) {
		return services(organisationCode).stream().filter(s -> s.code().equalsIgnoreCase(serviceCode)).findFirst();
	}

	/** Copies the default catalogue for an organisation that has none, naming its departments. */
	void ensureCatalogue(OrganisationSummary organisation) {
		Integer existing = jdbc.sql("SELECT count(*) FROM request_service WHERE organisation_code = :org")
			.param("org", organisation.code())
			.query(Integer.class)
			.single();
		if (existing > 0) {
			return;
		}
		// Serialise first-time creation per organisation so two requests do not both copy it.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('request-catalogue:' || :org))").param("org", organisation.code())
			.query(Object.class).single();
		if (jdbc.sql("SELECT count(*) FROM request_service WHERE organisation_code = :org").param("org", organisation.code())
			.query(Integer.class).single() > 0) {
			return;
		}
		boolean turkish = organisation.jurisdictionPath().startsWith("TR");
		List<String> departments = organisations.departments(organisation.code()).stream().map(d -> d.code()).toList();
		for (DefaultCatalogue.Entry entry : DefaultCatalogue.ENTRIES) {
			String department = turkish ? entry.trDepartment() : entry.zaDepartment();
			if (!departments.isEmpty() && !departments.contains(department)) {
				department = departments.get(0);
			}
			long id = jdbc.sql("""
					INSERT INTO request_service (organisation_code, code, group_code, name_en, name_tr, description_en,
					    description_tr, department_code, target_hours, priority, keywords)
					VALUES (:org, :code, :group, :nameEn, :nameTr, :descEn, :descTr, :dept, :hours, :priority, :keywords)
					RETURNING id""")
				.param("org", organisation.code())
				.param("code", entry.code())
				.param("group", entry.group())
				.param("nameEn", entry.nameEn())
				.param("nameTr", entry.nameTr())
				.param("descEn", entry.descriptionEn())
				.param("descTr", entry.descriptionTr())
				.param("dept", department)
				.param("hours", entry.targetHours())
				.param("priority", entry.priority().name())
				.param("keywords", entry.keywords())
				.query(Long.class)
				.single();
			for (ServiceAttribute attribute : entry.attributes()) {
				jdbc.sql("""
						INSERT INTO request_service_attribute (service_id, code, datatype, required, position, description_en,
						    description_tr, choices)
						VALUES (:service, :code, :type, :required, :position, :en, :tr, CAST(:choices AS jsonb))""")
					.param("service", id)
					.param("code", attribute.code())
					.param("type", attribute.type().name())
					.param("required", attribute.required())
					.param("position", attribute.position())
					.param("en", attribute.descriptionEn())
					.param("tr", attribute.descriptionTr())
					.param("choices", json.writeValueAsString(attribute.choices()))
					.update();
			}
		}
	}

	private List<CatalogueService> load(String where, Map<String, ?> params) {
		Map<Long, CatalogueService> services = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM request_service s WHERE " + where + " ORDER BY s.group_code, s.id")
			.params(params)
			.query((rs, n) -> services.put(rs.getLong("id"), service(rs, List.of())))
			.list();
		if (services.isEmpty()) {
			return List.of();
		}
		Map<Long, List<ServiceAttribute>> attributes = new LinkedHashMap<>();
		jdbc.sql("SELECT * FROM request_service_attribute WHERE service_id IN (:ids) ORDER BY service_id, position")
			.param("ids", services.keySet())
			.query((rs, n) -> attributes.computeIfAbsent(rs.getLong("service_id"), k -> new ArrayList<>()).add(attribute(rs)))
			.list();
		return services.values().stream()
			.map(s -> new CatalogueService(s.id(), s.organisationCode(), s.code(), s.groupCode(), s.nameEn(), s.nameTr(),
					s.descriptionEn(), s.descriptionTr(), s.departmentCode(), s.targetHours(), s.priority(), s.keywords(),
					s.active(), attributes.getOrDefault(s.id(), List.of())))
			.toList();
	}

	private static CatalogueService service(ResultSet rs, List<ServiceAttribute> attributes) throws SQLException {
		return new CatalogueService(rs.getLong("id"), rs.getString("organisation_code"), rs.getString("code"),
				rs.getString("group_code"), rs.getString("name_en"), rs.getString("name_tr"), rs.getString("description_en"),
				rs.getString("description_tr"), rs.getString("department_code"), rs.getInt("target_hours"),
				Priority.valueOf(rs.getString("priority")), rs.getString("keywords"), rs.getBoolean("active"), attributes);
	}

	private ServiceAttribute attribute(ResultSet rs) throws SQLException {
		List<ServiceAttribute.Choice> choices = json.readValue(rs.getString("choices"),
				new TypeReference<List<ServiceAttribute.Choice>>() {
				});
		return new ServiceAttribute(rs.getString("code"), AttributeType.valueOf(rs.getString("datatype")),
				rs.getBoolean("required"), rs.getInt("position"), rs.getString("description_en"),
				rs.getString("description_tr"), choices);
	}
}
