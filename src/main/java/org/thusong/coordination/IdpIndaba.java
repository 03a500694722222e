package org.thusong.coordination;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.backlogs.BasicService;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.planning.Plans;
import org.thusong.projects.Project;
import org.thusong.projects.Projects;

/**
 * The IDP indaba, where the plans of the spheres "speak to each other": for a municipality and a
 * year, its IDP objectives beside every project planned in its wards by itself and by provincial and
 * national departments and agencies (from the projects module). The rules:
 * <ul>
 * <li>an objective is <em>funded</em> when some project in the municipality names its code in the
 * project's IDP objective; the others are priorities no sphere funds;</li>
 * <li>a project of another owner that names no objective code of the IDP is one the IDP does not
 * mention;</li>
 * <li>two projects of different owners for the same service with a ward in common are planned by
 * two spheres in the same place.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class IdpIndaba {

	/** An objective of the IDP and the projects that name it. */
	public record Priority(String code, String title, List<Project> fundedBy) {
	}

	/** Two projects of different owners, same service, a ward in common. */
	public record SamePlace(Project first, Project second, List<String> wards) {
	}

	public record Session(OrganisationSummary municipality, int year, Plans.Plan plan, List<Priority> priorities,
			List<Priority> unfunded, List<Project> municipalProjects, List<Project> otherSpheres, List<Project> notInIdp,
			List<SamePlace> samePlace) {
	}

	private final Organisations organisations;

	private final Plans plans;

	private final Projects projects;

	IdpIndaba(Organisations organisations, Plans plans, Projects projects) {
		this.organisations = organisations;
		this.plans = plans;
		this.projects = projects;
	}

	public Session session(String municipalityCode, int year, Scope scope) {
		OrganisationSummary municipality = organisations.findByCode(municipalityCode)
			.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY && scope.covers(o.jurisdictionPath()))
			.orElseThrow(() -> new NotFound("No municipality has the code '" + municipalityCode + "' within your scope"));
		Plans.Plan plan = plans.list(Scope.of(municipality.jurisdictionPath())).stream()
			.filter(p -> p.organisationCode().equalsIgnoreCase(municipality.code()) && p.firstYear() <= year && year <= p.lastYear())
			.findFirst()
			.orElse(null);
		List<Plans.Item> objectives = new ArrayList<>();
		if (plan != null) {
			collect(plans.tree(plan.id()), objectives);
		}
		Map<Long, Project> found = new LinkedHashMap<>();
		for (BasicService service : BasicService.values()) {
			for (Project p : projects.inArea(municipality.jurisdictionPath(), service)) {
				found.put(p.id(), p);
			}
		}
		List<Project> all = new ArrayList<>(found.values());
		List<Priority> priorities = new ArrayList<>();
		for (Plans.Item objective : objectives) {
			priorities.add(new Priority(objective.code(), objective.title(),
					all.stream().filter(p -> names(p, objective.code())).toList()));
		}
		List<Project> municipal = all.stream().filter(p -> p.ownerCode().equalsIgnoreCase(municipality.code())).toList();
		List<Project> others = all.stream().filter(p -> !p.ownerCode().equalsIgnoreCase(municipality.code())).toList();
		List<Project> notInIdp = others.stream()
			.filter(p -> objectives.stream().noneMatch(o -> names(p, o.code())))
			.toList();
		List<SamePlace> samePlace = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				Project a = all.get(i);
				Project b = all.get(j);
				if (a.service() == b.service() && !a.ownerCode().equalsIgnoreCase(b.ownerCode())) {
					List<String> shared = a.wardCodes().stream().filter(b.wardCodes()::contains).toList();
					if (!shared.isEmpty()) {
						samePlace.add(new SamePlace(a, b, shared));
					}
				}
			}
		}
		return new Session(municipality, year, plan, priorities,
				priorities.stream().filter(p -> p.fundedBy().isEmpty()).toList(), municipal, others, notInIdp, samePlace);
	}

	private static void collect(List<Plans.Item> items, List<Plans.Item> objectives) {
		for (Plans.Item item : items) {
			if (item.level() == Plans.Level.OBJECTIVE) {
				objectives.add(item);
			}
			collect(item.children() == null ? List.of() : item.children(), objectives);
		}
	}

	/** Whether the project's IDP objective names the code as a whole word ("SO 1.2" names "SO 1.2", not "SO 1.20"). */
	static boolean names(Project project, String code) {
		String text = project.idpObjective();
		if (text == null || text.isBlank() || code == null || code.isBlank()) {
			return false;
		}
		return Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(code.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}]|\\.\\d)")
			.matcher(text.toLowerCase(Locale.ROOT))
			.find();
	}
}
