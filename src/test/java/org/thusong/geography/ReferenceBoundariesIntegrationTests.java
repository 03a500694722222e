package org.thusong.geography;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ThusongIntegrationTest
class ReferenceBoundariesIntegrationTests {

	@Autowired
	JdbcClient jdbc;

	int boundaries(String demarcation, String level) {
		return jdbc.sql("""
				SELECT count(*) FROM geography_boundary b
				  JOIN geography_area a ON a.demarcation = b.demarcation AND a.code = b.code
				 WHERE b.demarcation = ? AND a.level = ?""")
			.params(demarcation, level)
			.query(Integer.class)
			.single();
	}

	@Test
	void joinsEveryWardMunicipalityAndProvinceOf2011ByCode() {
		assertThat(boundaries("ZA-2011", "WARD")).isEqualTo(4277);
		assertThat(boundaries("ZA-2011", "MUNICIPALITY")).isEqualTo(234);
		assertThat(boundaries("ZA-2011", "PROVINCE")).isEqualTo(9);
	}

	@Test
	void joinsEveryMunicipalityAndProvinceOf2016ByCode() {
		assertThat(boundaries("ZA-2016", "MUNICIPALITY")).isEqualTo(213);
		assertThat(boundaries("ZA-2016", "PROVINCE")).isEqualTo(9);
		assertThat(boundaries("ZA-2016", "WARD")).isZero();
	}

	@Test
	void makesDistrictBoundariesAsTheUnionOfTheirMunicipalities() {
		assertThat(boundaries("ZA-2016", "DISTRICT")).isEqualTo(44);
		assertThat(boundaries("ZA-2011", "DISTRICT")).isEqualTo(44);
		double amathole = jdbc.sql("SELECT square_km FROM geography_boundary WHERE demarcation = 'ZA-2016' AND code = 'DC12'")
			.query(Double.class).single();
		double members = jdbc.sql("""
				SELECT sum(b.square_km) FROM geography_boundary b JOIN geography_area a
				    ON a.demarcation = b.demarcation AND a.code = b.code
				 WHERE a.demarcation = 'ZA-2016' AND a.parent_code = 'DC12'""").query(Double.class).single();
		assertThat(amathole).isBetween(members * 0.98, members * 1.02);
	}

	@Test
	void joinsTurkishIllerAndIlcelerByName() {
		assertThat(boundaries("TR", "IL")).isEqualTo(81);
		// 973 ilçe polygons: all but "Ondokuzmayıs" (Samsun's "19 Mayıs") find their ilçe.
		assertThat(boundaries("TR", "ILCE")).isEqualTo(972);
		assertThat(jdbc.sql("SELECT count(*) FROM geography_boundary WHERE demarcation = 'TR' AND code LIKE 'TR24-%'")
			.query(Integer.class).single()).isEqualTo(9);
	}

	@Test
	void storesTheBoundingBoxOfEachBoundary() {
		var box = jdbc.sql("SELECT min_lon, min_lat, max_lon, max_lat FROM geography_boundary WHERE demarcation = 'TR' AND code = 'TR24'")
			.query((rs, n) -> new double[] { rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4) })
			.single();
		assertThat(box[0]).isBetween(37.5, 39.5);
		assertThat(box[2]).isBetween(39.5, 41.0);
		assertThat(box[1]).isBetween(38.5, 39.7);
		assertThat(box[3]).isBetween(39.7, 40.3);
	}
}
