package org.thusong.geography;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thusong.geography.GeographyUsers.erzincanOfficer;
import static org.thusong.geography.GeographyUsers.mbhasheOfficer;
import static org.thusong.geography.GeographyUsers.platformAdmin;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class AreaApiIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void mbhasheOfficerReadsMbhasheWithItsWayDownButNotMnquma() throws Exception {
		mvc.perform(get("/api/v1/areas/EC121").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.area.name").value("Mbhashe"))
			.andExpect(jsonPath("$.area.demarcation").value("ZA-2016"))
			.andExpect(jsonPath("$.children").value(32))
			.andExpect(jsonPath("$.area.hasBoundary").value(true))
			.andExpect(jsonPath("$.ancestors[*].name").value(org.hamcrest.Matchers.contains("South Africa", "Eastern Cape", "Amathole")))
			.andExpect(jsonPath("$.ancestors[*].inScope").value(everyItem(org.hamcrest.Matchers.is(false))));
		mvc.perform(get("/api/v1/areas/EC121").param("demarcation", "ZA-2011").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.children").value(31));
		mvc.perform(get("/api/v1/areas/EC122").with(mbhasheOfficer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("EC122")));
		mvc.perform(get("/api/v1/areas/EC122").with(platformAdmin())).andExpect(status().isOk());
	}

	@Test
	void answersAnUnknownCodeWith404AndAMessage() throws Exception {
		mvc.perform(get("/api/v1/areas/NOPE99").with(platformAdmin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("NOPE99")));
	}

	@Test
	void listsOnlyAreasInScope() throws Exception {
		mvc.perform(get("/api/v1/areas").param("parent", "DC12").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].code").value("EC121"));
		mvc.perform(get("/api/v1/areas").param("level", "ward").param("demarcation", "ZA-2011").param("size", "100").with(mbhasheOfficer()))
			.andExpect(jsonPath("$.total").value(31))
			.andExpect(jsonPath("$.items[*].codePath").value(everyItem(startsWith("ZA/EC/DC12/EC121/"))));
		mvc.perform(get("/api/v1/areas").param("q", "mnquma").with(mbhasheOfficer()))
			.andExpect(jsonPath("$.total").value(0));
	}

	@Test
	void paginatesInTheCountrysAlphabeticalOrder() throws Exception {
		mvc.perform(get("/api/v1/areas").param("parent", "TR24").param("size", "4").param("page", "0").with(platformAdmin()))
			.andExpect(jsonPath("$.total").value(9))
			.andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Çayırlı", "İliç", "Kemah", "Kemaliye")));
		mvc.perform(get("/api/v1/areas").param("parent", "TR24").param("size", "4").param("page", "2").with(platformAdmin()))
			.andExpect(jsonPath("$.items[*].name").value(org.hamcrest.Matchers.contains("Üzümlü")));
		mvc.perform(get("/api/v1/areas").param("size", "0").with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("size")));
		mvc.perform(get("/api/v1/areas").param("level", "village").with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("level")));
	}

	@Test
	void searchesTurkishNamesWhateverTheCaseAndAccents() throws Exception {
		mvc.perform(get("/api/v1/areas").param("q", "erzincan").param("level", "il").with(platformAdmin()))
			.andExpect(jsonPath("$.items[0].code").value("TR24"))
			.andExpect(jsonPath("$.items[0].name").value("Erzincan"));
		mvc.perform(get("/api/v1/areas").param("q", "cayirli").param("level", "ilce").with(platformAdmin()))
			.andExpect(jsonPath("$.items[*].name").value(hasItem("Çayırlı")));
		mvc.perform(get("/api/v1/areas").param("q", "İLİÇ").param("level", "ilce").with(erzincanOfficer()))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].name").value("İliç"));
		// Without a level, the ilçe itself comes before the many settlements with Çayırlı in their names.
		mvc.perform(get("/api/v1/areas").param("q", "cayirli").with(platformAdmin()))
			.andExpect(jsonPath("$.items[0].name").value("Çayırlı"))
			.andExpect(jsonPath("$.items[0].level").value("ILCE"));
		mvc.perform(get("/api/v1/areas").param("q", "EC12").param("level", "municipality").with(platformAdmin()))
			.andExpect(jsonPath("$.items[*].code").value(hasItem("EC121")));
	}

	@Test
	void locatesAPointAndNamesABadField() throws Exception {
		mvc.perform(get("/api/v1/areas/locate").param("lat", "-32.10").param("lon", "28.31").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.areas[*].code").value(hasItem("EC121")))
			.andExpect(jsonPath("$.areas[*].code").value(not(hasItem("EC"))));
		mvc.perform(get("/api/v1/areas/locate").param("lat", "95").param("lon", "28.31").with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.lat").exists());
		mvc.perform(get("/api/v1/areas/locate").param("lat", "abc").param("lon", "28.31").with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.lat").exists());
		mvc.perform(get("/api/v1/areas/locate").param("lat", "-32.1").with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.lon").value(containsString("required")));
	}

	@Test
	void servesBoundariesAsGeoJson() throws Exception {
		mvc.perform(get("/api/v1/areas/EC121/boundary").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/geo+json"))
			.andExpect(jsonPath("$.type").value("Feature"))
			.andExpect(jsonPath("$.properties.code").value("EC121"))
			.andExpect(jsonPath("$.geometry.type").value(org.hamcrest.Matchers.oneOf("Polygon", "MultiPolygon")));
		mvc.perform(get("/api/v1/areas/EC121/boundary").param("demarcation", "ZA-2011").param("children", "true").with(mbhasheOfficer()))
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features.length()").value(31));
		mvc.perform(get("/api/v1/areas/21201001/boundary").with(mbhasheOfficer()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("No boundary")));
		mvc.perform(get("/api/v1/areas/EC122/boundary").with(mbhasheOfficer())).andExpect(status().isNotFound());
	}

	@Test
	void listsTheDemarcations() throws Exception {
		mvc.perform(get("/api/v1/demarcations").with(platformAdmin()))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.containsInAnyOrder("ZA-2016", "ZA-2011", "TR")))
			.andExpect(jsonPath("$[?(@.code == 'ZA-2011')].boundaries").value(hasItem(4277 + 234 + 44 + 9)));
	}

	@Test
	void refusesStrangers() throws Exception {
		mvc.perform(get("/api/v1/areas")).andExpect(status().isUnauthorized());
	}
}
