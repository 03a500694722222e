package org.thusong.requests.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.AreaLocator;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;
import org.thusong.geography.LocatedArea;
import org.thusong.geography.Location;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/**
 * Where a request belongs: the ward or mahalle it falls in (found from the point where
 * boundaries exist, else chosen), and whether it lies in the municipality it was filed with. A
 * place in another municipality is refused with a message naming the right one.
 */
@Component
public class Placement {

	/** The place a request is filed at: its area path (for scope) and its ward, when known. */
	public record Place(String areaPath, String wardCode, String wardDemarcation, String wardName) {
	}

	private static final Set<AreaLevel> LOCAL = Set.of(AreaLevel.WARD, AreaLevel.MAHALLE, AreaLevel.MUNICIPALITY,
			AreaLevel.ILCE);

	private final AreaLocator locator;

	private final Areas areas;

	private final Organisations organisations;

	Placement(AreaLocator locator, Areas areas, Organisations organisations) {
		this.locator = locator;
		this.areas = areas;
		this.organisations = organisations;
	}

	/**
	 * @param latitude and {@code longitude} together, or neither
	 * @param areaCode a ward or mahalle chosen from a list (current demarcation unless {@code demarcation})
	 * @param address a street address, enough on its own when nothing else is known
	 */
	public Place place(OrganisationSummary organisation, Double latitude, Double longitude, String areaCode,
			String demarcation, String address) {
		Scope jurisdiction = Scope.of(organisation.jurisdictionPath());
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidInput(latitude == null ? "lat" : "long", "is required when the other coordinate is given");
		}
		Optional<AreaSummary> chosen = chosenArea(areaCode, demarcation, jurisdiction, organisation);
		if (latitude != null) {
			Location location = locator.locate(latitude, longitude);
			List<LocatedArea> local = location.areas().stream().filter(a -> LOCAL.contains(a.level())).toList();
			if (local.stream().noneMatch(a -> jurisdiction.covers(a.codePath()))) {
				throw new InvalidInput("location", outsideMessage(organisation, local, latitude, longitude));
			}
			if (chosen.isPresent()) {
				AreaSummary ward = chosen.get();
				return new Place(ward.codePath(), ward.code(), ward.demarcation(), ward.name());
			}
			// The newest demarcation with a ward polygon here gives the ward; else the deepest area inside.
			Optional<LocatedArea> ward = local.stream()
				.filter(a -> (a.level() == AreaLevel.WARD || a.level() == AreaLevel.MAHALLE) && jurisdiction.covers(a.codePath()))
				.max(Comparator.comparing(LocatedArea::demarcation));
			if (ward.isPresent()) {
				return new Place(ward.get().codePath(), ward.get().code(), ward.get().demarcation(), ward.get().name());
			}
			LocatedArea deepest = local.stream().filter(a -> jurisdiction.covers(a.codePath()))
				.max(Comparator.comparing((LocatedArea a) -> a.codePath().length()))
				.orElseThrow();
			return new Place(deepest.codePath(), null, null, null);
		}
		if (chosen.isPresent()) {
			AreaSummary ward = chosen.get();
			return new Place(ward.codePath(), ward.code(), ward.demarcation(), ward.name());
		}
		if (address != null && !address.isBlank()) {
			return new Place(organisation.jurisdictionPath(), null, null, null);
		}
		throw new InvalidInput("location", "is required: give a point (lat and long), choose the ward or mahalle, or write an address");
	}

	private Optional<AreaSummary> chosenArea(String areaCode, String demarcation, Scope jurisdiction,
			OrganisationSummary organisation) {
		if (areaCode == null || areaCode.isBlank()) {
			return Optional.empty();
		}
		AreaSummary area = areas.find(demarcation, areaCode)
			.orElseThrow(() -> new InvalidInput("ward", "no area has the code '" + areaCode.trim() + "'"));
		if (!jurisdiction.covers(area.codePath())) {
			throw new InvalidInput("ward", area.name() + " (" + area.code() + ") is not in " + organisation.name());
		}
		return Optional.of(area);
	}

	private String outsideMessage(OrganisationSummary organisation, List<LocatedArea> local, double lat, double lon) {
		Optional<OrganisationSummary> right = local.stream()
			.filter(a -> a.level() == AreaLevel.MUNICIPALITY || a.level() == AreaLevel.ILCE)
			.sorted(Comparator.comparing(LocatedArea::demarcation).reversed())
			.map(a -> organisations.findByCode(a.code()))
			.flatMap(Optional::stream)
			.findFirst();
		return right.map(r -> "this place lies in " + r.name() + " (" + r.code() + "), not in " + organisation.name()
				+ ": file it with " + r.name())
			.orElse("no area of " + organisation.name() + " lies at " + lat + ", " + lon);
	}
}
