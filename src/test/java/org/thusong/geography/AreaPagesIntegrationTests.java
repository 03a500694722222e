package org.thusong.geography;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thusong.geography.GeographyUsers.mbhasheOfficer;
import static org.thusong.geography.GeographyUsers.platformAdmin;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class AreaPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Test
	void platformAdminStartsFromTheCountries() throws Exception {
		mvc.perform(get("/areas").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("South Africa"), containsString("Türkiye"),
					containsString("Import boundaries"))));
	}

	@Test
	void mbhasheOfficerStartsFromMbhashe() throws Exception {
		mvc.perform(get("/areas").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/areas/EC121?demarcation=ZA-2016"), not(containsString("Türkiye")),
					not(containsString("Import boundaries")))));
		mvc.perform(get("/areas").param("demarcation", "ZA-2011").with(mbhasheOfficer()))
			.andExpect(content().string(containsString("/areas/EC121?demarcation=ZA-2011")));
	}

	@Test
	void showsMbhasheWithAncestorsAsTextTheMapAndItsWards() throws Exception {
		mvc.perform(get("/areas/EC121").param("demarcation", "ZA-2011").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<span>Eastern Cape</span>"),
					not(containsString("href=\"/areas/EC?")), containsString("id=\"area-map\""),
					containsString("children=true"), containsString("Mbhashe Ward 9"), containsString("Area (km², from the boundary)"))));
		mvc.perform(get("/areas/EC121/boundary").param("demarcation", "ZA-2011").param("children", "true").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"FeatureCollection\"")));
	}

	@Test
	void saysPlainlyWhenNoBoundaryIsLoaded() throws Exception {
		mvc.perform(get("/areas/21201001").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"no-boundary\""), not(containsString("id=\"area-map\"")))));
	}

	@Test
	void hidesAreasOutsideTheScope() throws Exception {
		mvc.perform(get("/areas/EC122").with(mbhasheOfficer())).andExpect(status().isNotFound());
		mvc.perform(get("/areas/NOPE99").with(platformAdmin()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("NOPE99")));
		mvc.perform(get("/areas").param("q", "mnquma").with(mbhasheOfficer()))
			.andExpect(content().string(containsString("id=\"no-results\"")));
	}

	@Test
	void paginatesTheSettlementsOfALargeIlce() throws Exception {
		mvc.perform(get("/areas/TR24-1318").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"next-page\""), containsString("page=1"))));
		mvc.perform(get("/areas/TR24-1318").param("page", "1").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rel=\"prev\"")));
	}

	@Test
	void searchesInTurkishAndInEnglish() throws Exception {
		mvc.perform(get("/areas").param("q", "cayirli").with(platformAdmin()))
			.andExpect(content().string(containsString("Çayırlı")));
		mvc.perform(get("/areas").param("q", "erzincan").param("lang", "tr").with(platformAdmin()))
			.andExpect(content().string(allOf(containsString("Erzincan"), containsString("Arama sonuçları"))));
	}

	@Test
	void findsTheAreasAtAPointAndNamesABadField() throws Exception {
		mvc.perform(get("/areas/locate").param("lat", "39.75").param("lon", "39.49").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Erzincan"), containsString("Merkez"))));
		mvc.perform(get("/areas/locate").param("lat", "-36").param("lon", "20").with(platformAdmin()))
			.andExpect(content().string(containsString("id=\"nothing-found\"")));
		mvc.perform(get("/areas/locate").param("lat", "-132").param("lon", "28").with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("lat: must be between -90 and 90"), containsString("aria-invalid=\"true\""))));
	}
}
