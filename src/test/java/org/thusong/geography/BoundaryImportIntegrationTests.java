package org.thusong.geography;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thusong.geography.GeographyUsers.amatholeAdmin;
import static org.thusong.geography.GeographyUsers.mbhasheOfficer;
import static org.thusong.geography.GeographyUsers.platformAdmin;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class BoundaryImportIntegrationTests {

	/** A square around Dutywa given to ward 1 of Mbhashe in 2016 (no 2016 ward polygons ship), and one stray feature. */
	static final String DUTYWA_SQUARE = """
			{"type":"FeatureCollection","features":[
			 {"type":"Feature","properties":{"WARD":"21201001"},"geometry":{"type":"Polygon",
			  "coordinates":[[[28.30,-32.11],[28.32,-32.11],[28.32,-32.09],[28.30,-32.09],[28.30,-32.11]]]}},
			 {"type":"Feature","properties":{"WARD":"99999999"},"geometry":{"type":"Polygon",
			  "coordinates":[[[18.0,-33.0],[18.1,-33.0],[18.1,-32.9],[18.0,-33.0]]]}}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AreaLocator locator;

	@Test
	void importsInTheBackgroundReportsUnmatchedFeaturesAndRebuildsTheLookup() throws Exception {
		String location = mvc.perform(multipart("/api/v1/boundary-imports")
				.file(new MockMultipartFile("file", "dutywa.geojson", "application/geo+json", DUTYWA_SQUARE.getBytes(StandardCharsets.UTF_8)))
				.param("demarcation", "ZA-2016").param("level", "ward").param("property", "WARD").param("join", "code")
				.with(platformAdmin()))
			.andExpect(status().isAccepted())
			.andExpect(header().exists("Location"))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);
		mvc.perform(get(location).with(platformAdmin()))
			.andExpect(jsonPath("$.status").value("DONE"))
			.andExpect(jsonPath("$.matched").value(1))
			.andExpect(jsonPath("$.unmatched").value(1))
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.unmatchedFeatures[0]").value(containsString("99999999")));
		awaitUntil(() -> locator.locate(-32.10, 28.31).in("ZA-2016").stream().anyMatch(a -> a.code().equals("21201001")));
		mvc.perform(get("/areas/boundaries/imports/" + id + "/progress").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"job-matched\"")));
	}

	@Test
	void keepsNothingWhenTheImportFails() throws Exception {
		int before = jdbc.sql("SELECT count(*) FROM geography_boundary").query(Integer.class).single();
		String location = mvc.perform(multipart("/api/v1/boundary-imports")
				.file(new MockMultipartFile("file", "broken.geojson", "application/geo+json", "{\"type\":\"FeatureCollection\",\"features\":[{".getBytes()))
				.param("demarcation", "ZA-2011").param("level", "ward").param("property", "WARD_ID").param("join", "code")
				.with(platformAdmin()))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		awaitFinished(id);
		mvc.perform(get(location).with(platformAdmin()))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.message").value(containsString("not valid JSON")));
		assertThat(jdbc.sql("SELECT count(*) FROM geography_boundary").query(Integer.class).single()).isEqualTo(before);
	}

	@Test
	void namesTheFieldOfABadRequest() throws Exception {
		mvc.perform(multipart("/api/v1/boundary-imports")
				.file(new MockMultipartFile("file", "x.geojson", "application/geo+json", DUTYWA_SQUARE.getBytes(StandardCharsets.UTF_8)))
				.param("demarcation", "ZA-1994").param("level", "ward").param("property", "WARD").param("join", "code")
				.with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.demarcation").exists());
		mvc.perform(multipart("/api/v1/boundary-imports")
				.file(new MockMultipartFile("file", "x.geojson", "application/geo+json", DUTYWA_SQUARE.getBytes(StandardCharsets.UTF_8)))
				.param("demarcation", "ZA-2016").param("level", "ward").param("property", "WARD").param("join", "shape")
				.with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.join").exists());
	}

	@Test
	void onlyThePlatformAdministratorImports() throws Exception {
		mvc.perform(multipart("/api/v1/boundary-imports")
				.file(new MockMultipartFile("file", "x.geojson", "application/geo+json", DUTYWA_SQUARE.getBytes(StandardCharsets.UTF_8)))
				.param("demarcation", "ZA-2016").param("level", "ward").param("property", "WARD").param("join", "code")
				.with(mbhasheOfficer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/areas/boundaries/import").with(mbhasheOfficer())).andExpect(status().isForbidden());
		// An administrator of one district does not redraw the boundaries everyone uses.
		mvc.perform(get("/areas/boundaries/import").with(amatholeAdmin())).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/boundary-imports/1").with(amatholeAdmin())).andExpect(status().isForbidden());
	}

	@Test
	void theImportPageStartsAJobAndShowsItsProgress() throws Exception {
		mvc.perform(get("/areas/boundaries/import").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		mvc.perform(multipart("/areas/boundaries/import")
				.file(new MockMultipartFile("file", "dutywa.geojson", "application/geo+json", DUTYWA_SQUARE.getBytes(StandardCharsets.UTF_8)))
				.param("demarcation", "ZA-2016").param("level", "ward").param("property", "").param("join", "code")
				.with(platformAdmin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("property: is required")));
		String redirect = mvc.perform(multipart("/areas/boundaries/import")
				.file(new MockMultipartFile("file", "dutywa.geojson", "application/geo+json", DUTYWA_SQUARE.getBytes(StandardCharsets.UTF_8)))
				.param("demarcation", "ZA-2016").param("level", "ward").param("property", "WARD").param("join", "code")
				.with(platformAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(redirect).with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"job-progress\"")));
	}

	void awaitFinished(long id) throws InterruptedException {
		awaitUntil(() -> !"RUNNING".equals(jdbc.sql("SELECT status FROM geography_boundary_import WHERE id = ?").param(id)
			.query(String.class).single()));
	}

	static void awaitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("timed out");
			}
			Thread.sleep(100);
		}
	}
}
