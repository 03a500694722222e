package org.thusong.geography;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

@ThusongIntegrationTest
class ReferenceAreasIntegrationTests {

	@Autowired
	Areas areas;

	@Autowired
	JdbcClient jdbc;

	int count(String demarcation, String level) {
		return jdbc.sql("SELECT count(*) FROM geography_area WHERE demarcation = ? AND (CAST(? AS text) IS NULL OR level = ?)")
			.params(demarcation, level, level)
			.query(Integer.class)
			.single();
	}

	@Test
	void loadsBothSouthAfricanDemarcationsWithTheirCounts() {
		assertThat(count("ZA-2016", null)).isEqualTo(4659);
		assertThat(count("ZA-2011", null)).isEqualTo(4565);
		assertThat(count("ZA-2016", "WARD")).isEqualTo(4392);
		assertThat(count("ZA-2011", "WARD")).isEqualTo(4277);
		assertThat(count("ZA-2011", "MUNICIPALITY")).isEqualTo(234);
	}

	@Test
	void mbhasheHas31WardsIn2011And32In2016() {
		AreaSummary mbhashe2011 = areas.find("ZA-2011", "EC121").orElseThrow();
		AreaSummary mbhashe2016 = areas.find("EC121").orElseThrow();
		assertThat(mbhashe2016.demarcation()).isEqualTo("ZA-2016");
		assertThat(areas.children(mbhashe2011)).hasSize(31);
		assertThat(areas.children(mbhashe2016)).hasSize(32);
		assertThat(mbhashe2016.codePath()).isEqualTo("ZA/EC/DC12/EC121");
		assertThat(areas.ancestors(mbhashe2016)).extracting(AreaSummary::name)
			.containsExactly("South Africa", "Eastern Cape", "Amathole");
	}

	@Test
	void loadsTurkeyWithEveryIlIlceAndSettlement() {
		assertThat(count("TR", "IL")).isEqualTo(81);
		assertThat(count("TR", "ILCE")).isEqualTo(973);
		assertThat(count("TR", "MAHALLE")).isEqualTo(74398);
		AreaSummary erzincan = areas.find("TR24").orElseThrow();
		assertThat(erzincan.name()).isEqualTo("Erzincan");
		assertThat(erzincan.codePath()).isEqualTo("TR/TR24");
	}

	@Test
	void sortsTurkishNamesWithTheTurkishAlphabet() {
		List<String> erzincanIlceler = areas.children(areas.find("TR24").orElseThrow()).stream()
			.map(AreaSummary::name)
			.toList();
		// Turkish order: Ç after C (so Çayırlı before İliç, Kemah...), İ after I, Ü after U.
		assertThat(erzincanIlceler).containsExactly("Çayırlı", "İliç", "Kemah", "Kemaliye", "Merkez", "Otlukbeli",
				"Refahiye", "Tercan", "Üzümlü");
	}

	@Test
	void namesTheMunicipalAreasOrganisationsAreMadeFrom() {
		List<AreaSummary> municipal = areas.municipalAreas();
		assertThat(municipal.stream().filter(a -> a.country().equals("ZA"))).hasSize(44 + 213);
		assertThat(municipal.stream().filter(a -> a.country().equals("TR"))).hasSize(973);
	}

	@Test
	void listsWardsInNumericOrder() {
		List<String> wards = areas.children(areas.find("EC121").orElseThrow()).stream().map(AreaSummary::name).toList();
		assertThat(wards.subList(0, 3)).containsExactly("Mbhashe Ward 1 (21201001)", "Mbhashe Ward 2 (21201002)",
				"Mbhashe Ward 3 (21201003)");
		assertThat(wards.get(31)).isEqualTo("Mbhashe Ward 32 (21201032)");
	}
}
