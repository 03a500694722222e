package org.thusong.geography;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thusong.geography.BoundaryImportIntegrationTests.awaitUntil;
import static org.thusong.geography.GeographyUsers.mbhasheOfficer;
import static org.thusong.geography.GeographyUsers.platformAdmin;

@ThusongIntegrationTest
@AutoConfigureMockMvc
class AreaImportIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	/**
	 * The real 2016 rows of South Africa and the Eastern Cape with everything below it, in the
	 * file's order: real data, re-labelled as a test demarcation when imported.
	 */
	static List<String> easternCape() throws IOException {
		try (InputStream in = AreaImportIntegrationTests.class.getResourceAsStream("/reference/za/areas-2016.csv")) {
			List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
			Map<String, String> parents = new HashMap<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] f = line.split(",", -1);
				parents.put(f[1], f[4]);
			}
			List<String> kept = new ArrayList<>(List.of(lines.get(0)));
			for (String line : lines.subList(1, lines.size())) {
				String code = line.split(",", -1)[1];
				String at = code;
				while (at != null && !at.isEmpty() && !at.equals("EC")) {
					at = parents.get(at);
				}
				if (code.equals("ZA") || "EC".equals(at)) {
					kept.add(line);
				}
			}
			return kept;
		}
	}

	static MockMultipartHttpServletRequestBuilder upload(String url, List<String> lines, String code, boolean current) {
		return upload(url, lines, Map.of("code", code, "current", String.valueOf(current)));
	}

	/** A ZA-format upload of the lines, with the given fields instead of the usual ones. */
	static MockMultipartHttpServletRequestBuilder upload(String url, List<String> lines, Map<String, String> fields) {
		Map<String, String> all = new HashMap<>(Map.of("format", "za-mdb", "code", "ZA-2096", "country", "ZA", "name",
				"Eastern Cape, re-labelled", "year", "2099", "current", "false"));
		all.putAll(fields);
		var request = multipart(url).file(new MockMultipartFile("file", all.get("code") + ".csv", "text/csv",
				String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
		all.forEach((name, value) -> request.param(name, value));
		return request;
	}

	long startAndWait(List<String> lines, String code, boolean current) throws Exception {
		String location = mvc.perform(upload("/api/v1/demarcations", lines, code, current).with(platformAdmin()))
			.andExpect(status().isAccepted())
			.andExpect(header().string("Location", containsString("/api/v1/area-imports/")))
			.andExpect(jsonPath("$.demarcation").value(code))
			.andReturn().getResponse().getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		awaitUntil(() -> List.of("SUCCEEDED", "FAILED").contains(
				jdbc.sql("SELECT status FROM geography_area_import WHERE id = ?").param(id).query(String.class).single()));
		return id;
	}

	@Test
	void importsANewDemarcationWithCountsPerLevelAndCodePathsThatCanBeBrowsed() throws Exception {
		List<String> lines = easternCape();
		long wardsOfMbhashe = lines.stream().filter(l -> l.startsWith("ward,") && l.contains(",municipality,EC121,")).count();
		long id = startAndWait(lines, "ZA-2099", false);

		mvc.perform(get("/api/v1/area-imports/" + id).with(platformAdmin()))
			.andExpect(jsonPath("$.status").value("SUCCEEDED"))
			.andExpect(jsonPath("$.processed").value(lines.size() - 1))
			.andExpect(jsonPath("$.total").value(lines.size() - 1))
			.andExpect(jsonPath("$.counts.country").value(1))
			.andExpect(jsonPath("$.counts.province").value(1))
			.andExpect(jsonPath("$.counts.district").value(6))
			.andExpect(jsonPath("$.counts.municipality").value(33))
			.andExpect(jsonPath("$.counts.ward").value(705))
			.andExpect(jsonPath("$.problems", hasSize(0)));
		assertThat(jdbc.sql("SELECT code_path FROM geography_area WHERE demarcation = 'ZA-2099' AND code = '21201001'")
			.query(String.class).single()).isEqualTo("ZA/EC/DC12/EC121/21201001");
		assertThat(jdbc.sql("SELECT code_path FROM geography_area WHERE demarcation = 'ZA-2099' AND code = 'BUF'")
			.query(String.class).single()).isEqualTo("ZA/EC/BUF");
		assertThat(jdbc.sql("SELECT is_current FROM geography_demarcation WHERE code = 'ZA-2099'").query(Boolean.class).single()).isFalse();

		mvc.perform(get("/api/v1/areas").param("demarcation", "ZA-2099").param("parent", "EC121").param("size", "100")
				.with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(wardsOfMbhashe))
			.andExpect(jsonPath("$.items[0].demarcation").value("ZA-2099"))
			.andExpect(jsonPath("$.items[0].codePath").value(containsString("ZA/EC/DC12/EC121/")));
		// Not current: a code alone still means the 2016 area.
		mvc.perform(get("/api/v1/areas/EC121").with(platformAdmin())).andExpect(jsonPath("$.area.demarcation").value("ZA-2016"));
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'demarcation' AND entity_id = 'ZA-2099'"
				+ " AND action = 'imported' AND actor = 'admin' AND after_state -> 'counts' ->> 'ward' = '705'"
				+ " AND after_state ->> 'current' = 'false'").query(Integer.class).single()).isEqualTo(1);

		mvc.perform(get("/areas/imports/" + id + "/progress").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"job-counts\"")))
			.andExpect(content().string(containsString("href=\"/areas?demarcation=ZA-2099\"")));
	}

	@Test
	void aNewCurrentDemarcationAnswersForCodesWithoutADemarcation() throws Exception {
		long id = startAndWait(easternCape(), "ZA-2098", true);
		mvc.perform(get("/api/v1/area-imports/" + id).with(platformAdmin())).andExpect(jsonPath("$.status").value("SUCCEEDED"));
		assertThat(jdbc.sql("SELECT code FROM geography_demarcation WHERE country = 'ZA' AND is_current").query(String.class).list())
			.containsExactly("ZA-2098");
		mvc.perform(get("/api/v1/areas/EC121").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.area.demarcation").value("ZA-2098"))
			.andExpect(jsonPath("$.area.codePath").value("ZA/EC/DC12/EC121"));
		// The point lookup keeps answering from the boundaries it has.
		mvc.perform(get("/api/v1/areas/locate").param("lat", "-32.10").param("lon", "28.31").with(platformAdmin()))
			.andExpect(status().isOk());
	}

	@Test
	void importsATurkishSettlementList() throws Exception {
		List<String> lines = List.of("il_id,il,ilce_id,ilce,mahalle_id,mahalle", "24,ERZİNCAN,1459,ÇAYIRLI,29327,AKYAKA KÖYÜ",
				"24,ERZİNCAN,1459,ÇAYIRLI,29328,ÇAYIRLI MERKEZ MAHALLESİ");
		String location = mvc.perform(upload("/api/v1/demarcations", lines,
				Map.of("format", "tr-mahalle", "country", "TR", "code", "TR-TEST", "name", "Türkiye, test")).with(platformAdmin()))
			.andExpect(status().isAccepted())
			.andReturn().getResponse().getHeader("Location");
		awaitUntil(() -> jdbc.sql("SELECT count(*) FROM geography_area_import WHERE demarcation = 'TR-TEST' AND status = 'SUCCEEDED'")
			.query(Integer.class).single() == 1);
		mvc.perform(get(location).with(platformAdmin()))
			.andExpect(jsonPath("$.counts.country").value(1))
			.andExpect(jsonPath("$.counts.il").value(1))
			.andExpect(jsonPath("$.counts.ilce").value(1))
			.andExpect(jsonPath("$.counts.mahalle").value(2));
		assertThat(jdbc.sql("SELECT code_path FROM geography_area WHERE demarcation = 'TR-TEST' AND code = 'TR24-1459-29327'")
			.query(String.class).single()).isEqualTo("TR/TR24/TR24-1459/TR24-1459-29327");
		mvc.perform(upload("/api/v1/demarcations", lines, Map.of("format", "tr-mahalle", "country", "ZA", "code", "ZA-TEST"))
				.with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.country").value(containsString("tr-mahalle layout is for TR")));
	}

	@Test
	void aFileWithBadRowsListsEveryLineAndReasonAndKeepsNothing() throws Exception {
		List<String> mbhashe = easternCape().stream()
			.filter(l -> l.startsWith("level,") || l.contains(",ZA,South Africa,") || l.startsWith("province,EC,")
					|| l.startsWith("district,DC12,") || l.startsWith("municipality,EC121,") || l.contains(",municipality,EC121,"))
			.toList();
		List<String> lines = new ArrayList<>(mbhashe);
		lines.set(6, lines.get(6).substring(0, lines.get(6).lastIndexOf(',')));
		lines.set(11, lines.get(11).replace(",municipality,EC121,", ",municipality,EC999,"));
		lines.set(14, lines.get(14).substring(0, lines.get(14).lastIndexOf(',') + 1) + "many");

		long id = startAndWait(lines, "ZA-2097", false);

		mvc.perform(get("/api/v1/area-imports/" + id).with(platformAdmin()))
			.andExpect(jsonPath("$.status").value("FAILED"))
			.andExpect(jsonPath("$.message").value(containsString("3 problem(s)")))
			.andExpect(jsonPath("$.problems", hasSize(3)))
			.andExpect(jsonPath("$.problems[0].line").value(7))
			.andExpect(jsonPath("$.problems[0].reason").value("expected 9 fields, found 8"))
			.andExpect(jsonPath("$.problems[1].line").value(12))
			.andExpect(jsonPath("$.problems[1].reason").value(containsString("parent_code EC999")))
			.andExpect(jsonPath("$.problems[2].line").value(15))
			.andExpect(jsonPath("$.problems[2].reason").value("population 'many' is not a whole number"));
		assertThat(jdbc.sql("SELECT count(*) FROM geography_demarcation WHERE code = 'ZA-2097'").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM geography_area WHERE demarcation = 'ZA-2097'").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_id = 'ZA-2097'").query(Integer.class).single()).isZero();

		mvc.perform(get("/areas/imports/" + id).with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"problems\"")))
			.andExpect(content().string(containsString("population &#39;many&#39; is not a whole number")));
	}

	@Test
	void badFieldsAreNamedAndAnExistingCodeIsAConflict() throws Exception {
		List<String> lines = easternCape();
		Map<String, String> bad = Map.of("format", "shapefile", "country", "TR", "code", "za 2021", "name", " ", "year",
				"twenty", "current", "maybe");
		for (var field : bad.entrySet()) {
			mvc.perform(upload("/api/v1/demarcations", lines, Map.of(field.getKey(), field.getValue())).with(platformAdmin()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors." + field.getKey()).exists());
		}
		mvc.perform(upload("/api/v1/demarcations", lines, Map.of("code", "TR-2096")).with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("code: must begin with the country, ZA"))
			.andExpect(jsonPath("$.errors.code").value("must begin with the country, ZA"));
		mvc.perform(multipart("/api/v1/demarcations").param("format", "za-mdb").param("code", "ZA-2096")
				.param("country", "ZA").param("name", "x").with(platformAdmin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").exists());
		mvc.perform(upload("/api/v1/demarcations", lines, "ZA-2016", false).with(platformAdmin()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors.code").value(containsString("exists already")));
		assertThat(jdbc.sql("SELECT count(*) FROM geography_area_import WHERE demarcation IN ('ZA-2096', 'ZA-2016')")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void onlyThePlatformAdministratorImports() throws Exception {
		mvc.perform(upload("/api/v1/demarcations", easternCape(), "ZA-2095", false).with(mbhasheOfficer()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/areas/import").with(mbhasheOfficer())).andExpect(status().isForbidden());
		var regionalAdmin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
				new org.thusong.identity.ThusongUser(4, "ec-admin", "Eastern Cape admin", java.util.Set.of(org.thusong.identity.Role.ADMIN),
						null, org.thusong.core.Scope.of("ZA/EC"), false, "x"));
		mvc.perform(get("/areas/import").with(regionalAdmin)).andExpect(status().isForbidden());
		mvc.perform(upload("/api/v1/demarcations", easternCape(), "ZA-2095", false).with(regionalAdmin))
			.andExpect(status().isForbidden());
		mvc.perform(get("/areas").with(mbhasheOfficer()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("area-import-link"))));
	}

	@Test
	void theImportPageRendersInEnglishAndTurkishAndStartsAJob() throws Exception {
		mvc.perform(get("/areas").with(platformAdmin()))
			.andExpect(content().string(containsString("id=\"area-import-link\"")));
		mvc.perform(get("/areas/import").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Import an area hierarchy")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		mvc.perform(get("/areas/import").param("lang", "tr").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Yer hiyerarşisi içe aktar")))
			.andExpect(content().string(containsString("Ülkesinin geçerli sınır düzenlemesi yap")));
		mvc.perform(upload("/areas/import", easternCape(), "ZA-2016", false).with(platformAdmin()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("code: a demarcation with the code ZA-2016 exists already")));
		mvc.perform(upload("/areas/import", easternCape(), Map.of("code", "ZA-2094", "year", "soon")).with(platformAdmin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("year: must be a year")));
		String redirect = mvc.perform(upload("/areas/import", easternCape(), "ZA-2094", false).with(platformAdmin()).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(redirect).param("lang", "tr").with(platformAdmin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"job-progress\"")))
			.andExpect(content().string(containsString("Yer içe aktarma")));
	}
}
