package org.thusong.requests.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.thusong.core.NotFound;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.ServiceAttribute;
import org.thusong.requests.ServiceCatalogue;

/** What the filing forms offer: a municipality's services by group, its wards or mahalleler, its time zone. */
@Component
class FilingChoices {

	private final Organisations organisations;

	private final ServiceCatalogue catalogue;

	private final Areas areas;

	FilingChoices(Organisations organisations, ServiceCatalogue catalogue, Areas areas) {
		this.organisations = organisations;
		this.catalogue = catalogue;
		this.areas = areas;
	}

	/** The municipalities within the scope, by name, for someone who belongs to none to choose from. */
	List<OrganisationSummary> municipalitiesWithin(Scope scope) {
		return organisations.everyWithin(scope, OrganisationKind.MUNICIPALITY);
	}

	/** The municipality with this code; anything else (unknown, a department of state) is a 404. */
	OrganisationSummary municipality(String code) {
		return organisations.findByCode(code)
			.filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
			.orElseThrow(() -> new NotFound("No municipality has the code '" + code + "'"));
	}

	Optional<OrganisationSummary> organisation(String code) {
		return code == null ? Optional.empty() : organisations.findByCode(code);
	}

	/**
	 * The municipality an organisation belongs to: itself, or the one whose area holds it (a
	 * muhtarlık's ilçe belediyesi, a ward committee's local municipality).
	 */
	Optional<OrganisationSummary> municipalityOf(String organisationCode) {
		Optional<OrganisationSummary> own = organisation(organisationCode);
		if (own.isEmpty() || own.get().kind() == OrganisationKind.MUNICIPALITY) {
			return own;
		}
		String path = own.get().jurisdictionPath();
		while (path.contains("/")) {
			path = path.substring(0, path.lastIndexOf('/'));
			String ancestor = path;
			Optional<OrganisationSummary> found = organisations
				.page(Scope.of(ancestor), OrganisationKind.MUNICIPALITY, null, new PageRequestOf(0, 50))
				.items()
				.stream()
				.filter(o -> o.jurisdictionPath().equals(ancestor))
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

	/** The active services by group, in catalogue order. */
	Map<String, List<CatalogueService>> services(String organisationCode) {
		Map<String, List<CatalogueService>> groups = new LinkedHashMap<>();
		for (CatalogueService service : catalogue.services(organisationCode)) {
			groups.computeIfAbsent(service.groupCode(), g -> new ArrayList<>()).add(service);
		}
		return groups;
	}

	List<CatalogueService> serviceList(String organisationCode) {
		return catalogue.services(organisationCode);
	}

	Optional<CatalogueService> service(String organisationCode, String serviceCode) {
		return serviceCode == null || serviceCode.isBlank() ? Optional.empty() : catalogue.service(organisationCode, serviceCode);
	}

	/** The municipality's wards or mahalleler, for a chooser. */
	List<AreaSummary> wards(OrganisationSummary municipality) {
		return areas.find(municipality.jurisdictionAreaCode()).map(areas::children).orElse(List.of());
	}

	Optional<AreaSummary> area(OrganisationSummary municipality) {
		return areas.find(municipality.jurisdictionAreaCode());
	}

	String mapGeoJson(OrganisationSummary municipality) {
		return area(municipality).map(areas::outlineAndChildrenGeoJson).orElse("{\"type\":\"FeatureCollection\",\"features\":[]}");
	}

	static String inputName(CatalogueService service, ServiceAttribute attribute) {
		return "answer-" + service.code() + "-" + attribute.code();
	}

	static ZoneId zone(OrganisationSummary organisation) {
		return Scope.of(organisation.jurisdictionPath()).timeZone();
	}

	/**
	 * The answers to the chosen service's questions, from parameters named
	 * {@code answer-SERVICE-CODE}: the form shows every service's questions when scripts are off,
	 * and only the chosen service's answers count.
	 */
	static Map<String, List<String>> answers(HttpServletRequest request, CatalogueService service) {
		Map<String, List<String>> answers = new LinkedHashMap<>();
		if (service == null) {
			return answers;
		}
		for (ServiceAttribute attribute : service.attributes()) {
			String[] values = request.getParameterValues(inputName(service, attribute));
			if (values != null) {
				answers.put(attribute.code(), List.of(values));
			}
		}
		return answers;
	}
}
