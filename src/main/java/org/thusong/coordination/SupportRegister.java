package org.thusong.coordination;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * The municipal support register: interventions by any provider (a provincial or national
 * department, MISA, DBSA, a district for its locals) to a municipality, and the capacity gaps an
 * administrator records. A municipality's support plan puts them together: interventions of
 * different providers in the same area of support and overlapping periods are flagged as possible
 * duplication; each gap is shown beside the support that answers it, and gaps with no support and
 * support with no recorded gap stand out.
 */
@Service
@Transactional
public class SupportRegister {

	/** Two interventions that may duplicate each other. */
	public record Duplication(Intervention first, Intervention second) {
	}

	/** A recorded capacity gap and the interventions in its area that are not cancelled. */
	public record Gap(long id, SupportArea area, String description, List<Intervention> answeredBy) {
	}

	/** One municipality's consolidated support plan. */
	public record Plan(OrganisationSummary municipality, List<Intervention> interventions, List<Duplication> duplications,
			List<Gap> gaps, List<Gap> gapsWithoutSupport, List<Intervention> supportWithoutGap) {
	}

	/** A municipality in the overview of a coordinator's scope. */
	public record Overview(String municipality, String name, long interventions, long duplications, long gapsWithoutSupport) {
	}

	private final JdbcClient jdbc;

	private final Organisations organisations;

	private final AuditTrail audit;

	SupportRegister(JdbcClient jdbc, Organisations organisations, AuditTrail audit) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.audit = audit;
	}

	public Intervention record(NewIntervention command, ThusongUser recorder) {
		OrganisationSummary provider = recorder.organisationCode() == null ? null
				: organisations.findByCode(recorder.organisationCode()).orElse(null);
		if (provider == null) {
			throw new InvalidInput("provider", "support is recorded by its provider; your account belongs to no organisation");
		}
		OrganisationSummary municipality = municipality(command.municipality(), recorder.scope());
		if (command.area() == null) {
			throw new InvalidInput("area", "choose the area of support");
		}
		if (command.type() == null) {
			throw new InvalidInput("type", "choose the type of support");
		}
		String title = command.title() == null ? "" : command.title().trim();
		if (title.isEmpty() || title.length() > 300) {
			throw new InvalidInput("title", "is required, at most 300 characters");
		}
		if (command.startsOn() == null || command.endsOn() == null) {
			throw new InvalidInput(command.startsOn() == null ? "startsOn" : "endsOn", "is required");
		}
		if (command.endsOn().isBefore(command.startsOn())) {
			throw new InvalidInput("endsOn", "may not be before the start");
		}
		int people = command.peopleDeployed() == null ? 0 : command.peopleDeployed();
		if (people < 0 || people > 10_000) {
			throw new InvalidInput("peopleDeployed", "must be between 0 and 10,000");
		}
		if (command.budget() != null && command.budget().signum() < 0) {
			throw new InvalidInput("budget", "may not be negative");
		}
		Optional<Long> twice = jdbc.sql("""
				SELECT id FROM coordination_support
				 WHERE provider_code = :provider AND municipality_code = :m AND support_area = :area AND support_type = :type
				   AND lower(title) = lower(:title) AND starts_on = :start""")
			.param("provider", provider.code())
			.param("m", municipality.code())
			.param("area", command.area().name())
			.param("type", command.type().name())
			.param("title", title)
			.param("start", Date.valueOf(command.startsOn()))
			.query(Long.class)
			.optional();
		if (twice.isPresent()) {
			throw new Conflict("title", "this intervention is recorded already (number " + twice.get() + ")");
		}
		long id = jdbc.sql("""
				INSERT INTO coordination_support (provider_code, provider_name, municipality_code, municipality_path,
				    support_area, support_type, title, people_deployed, starts_on, ends_on, budget, status, outcome,
				    skills_transferred, recorded_by)
				VALUES (:provider, :providerName, :m, :path, :area, :type, :title, :people, :start, :end, :budget, :status,
				    :outcome, :skills, :by) RETURNING id""")
			.param("provider", provider.code())
			.param("providerName", provider.name())
			.param("m", municipality.code())
			.param("path", municipality.jurisdictionPath())
			.param("area", command.area().name())
			.param("type", command.type().name())
			.param("title", title)
			.param("people", people)
			.param("start", Date.valueOf(command.startsOn()))
			.param("end", Date.valueOf(command.endsOn()))
			.param("budget", command.budget())
			.param("status", (command.status() == null ? SupportStatus.PLANNED : command.status()).name())
			.param("outcome", blankToNull(command.outcome()))
			.param("skills", blankToNull(command.skillsTransferred()))
			.param("by", recorder.getUsername())
			.query(Long.class)
			.single();
		Intervention recorded = interventions("id = :id", Map.of("id", id)).get(0);
		audit.record("support-intervention", String.valueOf(id), "recorded", municipality.jurisdictionPath(), null, recorded);
		return recorded;
	}

	public Gap recordGap(String municipalityCode, SupportArea area, String description, ThusongUser recorder) {
		OrganisationSummary municipality = municipality(municipalityCode, recorder.scope());
		if (area == null) {
			throw new InvalidInput("area", "choose the area of support");
		}
		String text = description == null ? "" : description.trim();
		if (text.isEmpty() || text.length() > 2000) {
			throw new InvalidInput("description", "is required, at most 2,000 characters");
		}
		long id = jdbc.sql("""
				INSERT INTO coordination_capacity_gap (municipality_code, municipality_path, support_area, description, recorded_by)
				VALUES (:m, :path, :area, :text, :by) RETURNING id""")
			.param("m", municipality.code())
			.param("path", municipality.jurisdictionPath())
			.param("area", area.name())
			.param("text", text)
			.param("by", recorder.getUsername())
			.query(Long.class)
			.single();
		audit.record("capacity-gap", String.valueOf(id), "recorded", municipality.jurisdictionPath(), null,
				Map.of("area", area.name(), "description", text));
		return new Gap(id, area, text, List.of());
	}

	@Transactional(readOnly = true)
	public Plan plan(String municipalityCode, Scope scope) {
		OrganisationSummary municipality = municipality(municipalityCode, scope);
		List<Intervention> all = interventions("municipality_code = :m", Map.of("m", municipality.code()));
		List<Intervention> live = all.stream().filter(i -> i.status() != SupportStatus.CANCELLED).toList();
		List<Duplication> duplications = new ArrayList<>();
		for (int i = 0; i < live.size(); i++) {
			for (int j = i + 1; j < live.size(); j++) {
				Intervention a = live.get(i);
				Intervention b = live.get(j);
				if (a.area() == b.area() && !a.providerCode().equals(b.providerCode()) && a.overlaps(b)) {
					duplications.add(new Duplication(a, b));
				}
			}
		}
		List<Gap> gaps = jdbc.sql("""
				SELECT id, support_area, description FROM coordination_capacity_gap
				 WHERE municipality_code = :m AND closed_on IS NULL ORDER BY support_area, id""")
			.param("m", municipality.code())
			.query((rs, n) -> {
				SupportArea area = SupportArea.valueOf(rs.getString("support_area"));
				return new Gap(rs.getLong("id"), area, rs.getString("description"),
						live.stream().filter(s -> s.area() == area).toList());
			})
			.list();
		List<Gap> unanswered = gaps.stream().filter(g -> g.answeredBy().isEmpty()).toList();
		List<Intervention> withoutGap = live.stream().filter(s -> gaps.stream().noneMatch(g -> g.area() == s.area())).toList();
		return new Plan(municipality, all, duplications, gaps, unanswered, withoutGap);
	}

	/** The municipalities of the scope that have support or gaps recorded, with their flags. */
	@Transactional(readOnly = true)
	public List<Overview> overview(Scope scope) {
		List<String> codes = jdbc.sql("""
				SELECT municipality_code FROM coordination_support WHERE municipality_path LIKE ANY (:scope)
				UNION SELECT municipality_code FROM coordination_capacity_gap WHERE municipality_path LIKE ANY (:scope)
				ORDER BY 1""")
			.param("scope", scope.likePatternArray())
			.query(String.class)
			.list();
		List<Overview> rows = new ArrayList<>();
		for (String code : codes) {
			Plan plan = plan(code, scope);
			rows.add(new Overview(code, plan.municipality().name(), plan.interventions().size(), plan.duplications().size(),
					plan.gapsWithoutSupport().size()));
		}
		return rows;
	}

	private OrganisationSummary municipality(String code, Scope scope) {
		return organisations.findByCode(code)
			.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && scope.covers(o.jurisdictionPath()))
			.orElseThrow(() -> code == null || code.isBlank() ? new InvalidInput("municipality", "choose the municipality")
					: new NotFound("No municipality has the code '" + code + "' within your scope"));
	}

	private List<Intervention> interventions(String where, Map<String, ?> params) {
		return jdbc.sql("SELECT * FROM coordination_support WHERE " + where + " ORDER BY support_area, starts_on, id")
			.params(params)
			.query(SupportRegister::intervention)
			.list();
	}

	private static Intervention intervention(ResultSet rs, int row) throws SQLException {
		return new Intervention(rs.getLong("id"), rs.getString("provider_code"), rs.getString("provider_name"),
				rs.getString("municipality_code"), SupportArea.valueOf(rs.getString("support_area")),
				SupportType.valueOf(rs.getString("support_type")), rs.getString("title"), rs.getInt("people_deployed"),
				rs.getDate("starts_on").toLocalDate(), rs.getDate("ends_on").toLocalDate(), rs.getBigDecimal("budget"),
				SupportStatus.valueOf(rs.getString("status")), rs.getString("outcome"), rs.getString("skills_transferred"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
