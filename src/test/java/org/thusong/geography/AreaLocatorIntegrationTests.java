package org.thusong.geography;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ThusongIntegrationTest
class AreaLocatorIntegrationTests {

	@Autowired
	AreaLocator locator;

	@Test
	void findsTheMbhasheWardOf2011AndMbhasheOf2016AtDutywa() {
		Location dutywa = locator.locate(-32.10, 28.31);
		assertThat(dutywa.in("ZA-2011")).extracting(LocatedArea::level)
			.containsExactly(AreaLevel.WARD, AreaLevel.MUNICIPALITY, AreaLevel.DISTRICT, AreaLevel.PROVINCE);
		LocatedArea ward = dutywa.in("ZA-2011").get(0);
		assertThat(ward.code()).startsWith("21201");
		assertThat(ward.codePath()).startsWith("ZA/EC/DC12/EC121/");
		assertThat(ward.approximate()).isFalse();
		assertThat(dutywa.in("ZA-2016")).extracting(LocatedArea::code).containsExactly("EC121", "DC12", "EC");
		assertThat(locator.locateWard(-32.10, 28.31)).contains(ward);
	}

	@Test
	void findsErzincanAndItsMerkezIlce() {
		Location erzincan = locator.locate(39.75, 39.49);
		assertThat(erzincan.in("TR")).extracting(LocatedArea::code, LocatedArea::name)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("TR24-1318", "Merkez"), org.assertj.core.groups.Tuple.tuple("TR24", "Erzincan"));
		assertThat(erzincan.in("ZA-2011")).isEmpty();
	}

	@Test
	void findsNothingInTheOcean() {
		Location atSea = locator.locate(-36.0, 20.0);
		assertThat(atSea.found()).isFalse();
		assertThat(locator.locateWard(-36.0, 20.0)).isEmpty();
	}

	@Test
	void answersAMetroWithoutADistrict() {
		// Johannesburg city centre: a metro's parent is its province; no district is invented.
		Location johannesburg = locator.locate(-26.2041, 28.0473);
		assertThat(johannesburg.in("ZA-2016")).extracting(LocatedArea::code).containsExactly("JHB", "GT");
	}

	@Test
	void answersOneMunicipalityNearA2016BorderWhereShapesLeaveGapsOrOverlap() {
		// Walk a line across South Africa: every point on land gets at most one 2016 municipality,
		// and those given approximately lie within the tolerance.
		for (double lon = 17.0; lon <= 32.0; lon += 0.01) {
			Location here = locator.locate(-30.0, lon);
			long municipalities = here.in("ZA-2016").stream().filter(a -> a.level() == AreaLevel.MUNICIPALITY).count();
			assertThat(municipalities).isLessThanOrEqualTo(1);
			here.areas().stream().filter(LocatedArea::approximate)
				.forEach(a -> assertThat(a.distanceMetres()).isLessThanOrEqualTo(AreaLocator.TOLERANCE_METRES));
		}
	}

	@Test
	void rejectsAnImpossibleLatitudeNamingTheField() {
		assertThatThrownBy(() -> locator.locate(91, 28)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("lat");
		assertThatThrownBy(() -> locator.locate(-30, Double.NaN)).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("lon");
	}
}
