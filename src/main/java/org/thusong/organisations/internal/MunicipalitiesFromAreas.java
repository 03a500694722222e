package org.thusong.organisations.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationRegistered;

/**
 * On every start, makes sure a municipality exists for every municipal area of the current
 * demarcations, with its default departments. Cheap when nothing is missing (one query of the
 * areas, one of the codes); set-based when something is (one statement for all of them). A
 * PostgreSQL advisory lock keeps two instances starting together from racing.
 */
@Component
@Order(5)
class MunicipalitiesFromAreas implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MunicipalitiesFromAreas.class);

	/** Default departments by country: code and name. */
	static final Map<String, List<String[]>> DEPARTMENTS = Map.of(
			"ZA", List.of(new String[] { "MM", "Office of the Municipal Manager" },
					new String[] { "CORPORATE", "Corporate Services" },
					new String[] { "FINANCE", "Finance (Budget and Treasury)" },
					new String[] { "TECHNICAL", "Technical Services" },
					new String[] { "COMMUNITY", "Community Services" },
					new String[] { "PLANNING", "Planning and Development" }),
			"TR", List.of(new String[] { "MUHTARLIK", "Muhtarlık İşleri Müdürlüğü" },
					new String[] { "FEN", "Fen İşleri Müdürlüğü" },
					new String[] { "MALI", "Mali Hizmetler Müdürlüğü" },
					new String[] { "YAZI", "Yazı İşleri Müdürlüğü" },
					new String[] { "ZABITA", "Zabıta Müdürlüğü" },
					new String[] { "TEMIZLIK", "Temizlik İşleri Müdürlüğü" }));

	private static final long LOCK_KEY = 0x7468_7573_6f6e_6701L;

	private final JdbcClient jdbc;

	private final Areas areas;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	MunicipalitiesFromAreas(JdbcClient jdbc, Areas areas, AuditTrail audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.areas = areas;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		ensureMunicipalities();
	}

	/** Creates the missing municipalities; returns how many it created. */
	@Transactional
	public int ensureMunicipalities() {
		jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_KEY).query(Object.class).single();
		Set<String> existing = new HashSet<>(jdbc.sql("SELECT upper(code) FROM organisation").query(String.class).list());
		List<AreaSummary> missing = areas.municipalAreas().stream()
			.filter(a -> !existing.contains(a.code().toUpperCase(java.util.Locale.ROOT)))
			.toList();
		if (missing.isEmpty()) {
			return 0;
		}
		Map<String, String> parentNames = new HashMap<>();
		List<String> codes = new ArrayList<>();
		List<String> names = new ArrayList<>();
		List<String> paths = new ArrayList<>();
		List<String> countries = new ArrayList<>();
		for (AreaSummary area : missing) {
			codes.add(area.code());
			names.add(nameOf(area, parentNames));
			paths.add(area.codePath());
			countries.add(area.country());
		}
		List<String> depCountries = new ArrayList<>();
		List<String> depCodes = new ArrayList<>();
		List<String> depNames = new ArrayList<>();
		DEPARTMENTS.forEach((country, departments) -> departments.forEach(d -> {
			depCountries.add(country);
			depCodes.add(d[0]);
			depNames.add(d[1]);
		}));
		List<String> created = jdbc.sql("""
				WITH incoming AS (
				    SELECT * FROM unnest(CAST(:codes AS text[]), CAST(:names AS text[]), CAST(:paths AS text[]),
				                         CAST(:countries AS text[])) AS t(code, name, path, country)
				), created AS (
				    INSERT INTO organisation (code, name, kind, jurisdiction_area_code, jurisdiction_path)
				    SELECT code, name, 'MUNICIPALITY', code, path FROM incoming
				    ON CONFLICT ((upper(code))) DO NOTHING
				    RETURNING id, code, jurisdiction_path
				), departments AS (
				    INSERT INTO organisation_department (organisation_id, code, name)
				    SELECT c.id, d.code, d.name
				      FROM created c
				      JOIN unnest(CAST(:depCountries AS text[]), CAST(:depCodes AS text[]), CAST(:depNames AS text[]))
				           WITH ORDINALITY AS d(country, code, name, ord) ON d.country = split_part(c.jurisdiction_path, '/', 1)
				     ORDER BY c.id, d.ord
				)
				SELECT code FROM created""")
			.param("codes", codes.toArray(String[]::new))
			.param("names", names.toArray(String[]::new))
			.param("paths", paths.toArray(String[]::new))
			.param("countries", countries.toArray(String[]::new))
			.param("depCountries", depCountries.toArray(String[]::new))
			.param("depCodes", depCodes.toArray(String[]::new))
			.param("depNames", depNames.toArray(String[]::new))
			.query(String.class)
			.list();
		if (!created.isEmpty()) {
			audit.record("organisation", "municipalities", "created", null, null,
					Map.of("count", created.size(), "codes", created));
			Map<String, String> pathByCode = new HashMap<>();
			for (int i = 0; i < codes.size(); i++) {
				pathByCode.put(codes.get(i), paths.get(i));
			}
			for (String code : created) {
				events.publishEvent(new OrganisationRegistered(code, OrganisationKind.MUNICIPALITY, pathByCode.get(code)));
			}
			log.info("Created {} municipalities from the current demarcations", created.size());
		}
		return created.size();
	}

	/** The name people use: "Mbhashe Local Municipality", "Erzincan Belediyesi". */
	private String nameOf(AreaSummary area, Map<String, String> parentNames) {
		if (area.level() == AreaLevel.ILCE) {
			String name = area.name();
			if (name.equalsIgnoreCase("Merkez") && area.parentCode() != null) {
				name = parentNames.computeIfAbsent(area.parentCode(),
						parent -> areas.find(parent).map(AreaSummary::name).orElse(area.name()));
			}
			return name + " Belediyesi";
		}
		String suffix = switch (area.category() == null ? "" : area.category()) {
			case "A" -> " Metropolitan Municipality";
			case "C" -> " District Municipality";
			default -> area.level() == AreaLevel.DISTRICT ? " District Municipality" : " Local Municipality";
		};
		return area.name().endsWith("Municipality") ? area.name() : area.name() + suffix;
	}
}
