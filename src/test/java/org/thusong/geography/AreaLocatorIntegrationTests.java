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

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

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

	@Test
	void picksUpBoundariesThatAnotherInstanceLoaded() throws Exception {
		assertThat(locator.locate(-32.10, 28.31).in("ZA-2016")).extracting(LocatedArea::level)
			.doesNotContain(AreaLevel.WARD);
		// Another instance writes a 2016 ward boundary; its event never reaches this instance.
		org.locationtech.jts.geom.GeometryFactory shapes = new org.locationtech.jts.geom.GeometryFactory();
		org.locationtech.jts.geom.Geometry square = shapes.toGeometry(new org.locationtech.jts.geom.Envelope(28.30, 28.32, -32.11, -32.09));
		jdbc.sql("""
				INSERT INTO geography_boundary (demarcation, code, geometry, min_lon, min_lat, max_lon, max_lat, square_km, source)
				VALUES ('ZA-2016', '21201001', :wkb, 28.30, -32.11, 28.32, -32.09, 4.2, 'another instance')""")
			.param("wkb", new org.locationtech.jts.io.WKBWriter().write(square))
			.update();

		try {
			locator.rebuildWhenAnotherInstanceChangedTheBoundaries();
			awaitWardAtDutywa(true);
			assertThat(locator.locate(-32.10, 28.31).in("ZA-2016")).extracting(LocatedArea::code)
				.containsExactly("21201001", "EC121", "DC12", "EC");
		}
		finally {
			// Leave the index as the other tests expect it.
			jdbc.sql("DELETE FROM geography_boundary WHERE source = 'another instance'").update();
			locator.rebuildWhenAnotherInstanceChangedTheBoundaries();
			awaitWardAtDutywa(false);
		}
	}

	private void awaitWardAtDutywa(boolean present) throws InterruptedException {
		long deadline = System.currentTimeMillis() + 30_000;
		while (locator.locate(-32.10, 28.31).in("ZA-2016").stream().anyMatch(a -> a.level() == AreaLevel.WARD) != present
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
	}
}
