package org.thusong.planning;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.thusong.planning.PlanningFixtures.*;

/**
 * A strateji birimi officer reads the problems of a performans programı workbook in Turkish: the
 * same bad workbook checked in English and in Turkish gives the same rows and columns (the
 * workbook's own headings) and each message in the reader's language, on the page and over the API.
 */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class PlanningImportLanguageIntegrationTests {

	static final Locale TURKISH = Locale.forLanguageTag("tr");

	@Autowired
	SdbipImports imports;

	@Autowired
	MockMvc mvc;

	/** Row 3: annual target not a number; row 4: quarters add up to 390, not 400; row 5: no ref, unknown department, 'maybe'. */
	static byte[] badWorkbook() {
		List<Object> notANumber = new ArrayList<>(row("B2", 400, 100, 100, 100, 100));
		notANumber.set(7, "four hundred");
		List<Object> inconsistent = row("B3", 400, 100, 100, 100, 90);
		List<Object> more = new ArrayList<>(row(null, 400, 100, 100, 100, 100));
		more.set(15, "PARKS");
		more.set(20, "maybe");
		more.set(12, "sometimes");
		return workbook(List.of(row("B1", 400, 100, 100, 100, 100), notANumber, inconsistent, more));
	}

	@Test
	void theSameBadWorkbookGivesTheSameRowsAndColumnsWithTheMessageInEachLanguage() {
		ImportResult english = imports.run("EC121", 2060, new ByteArrayInputStream(badWorkbook()), true, null, null, PMS, Locale.ENGLISH);
		ImportResult turkish = imports.run("EC121", 2060, new ByteArrayInputStream(badWorkbook()), true, null, null, PMS, TURKISH);
		assertThat(english.errors()).extracting(p -> p.row() + "|" + p.column()).containsExactly("3|Annual target", "4|Annual target",
				"5|KPI ref", "5|Calculation type", "5|Department", "5|Top layer (Y/N)");
		assertThat(turkish.errors()).extracting(p -> p.row() + "|" + p.column())
			.containsExactlyElementsOf(english.errors().stream().map(p -> p.row() + "|" + p.column()).toList());
		// The department list is the organisation's, whatever it holds now: compared without it.
		assertThat(english.errors()).extracting(PlanningImportLanguageIntegrationTests::withoutList).containsExactly("'four hundred' is not a number",
				"cumulative: Q1 to Q4 targets add up to 390, not the annual target 400", "is required",
				"must be one of cumulative, carry-over, average, maximum, milestone; not 'sometimes'",
				"'PARKS' is not a department of the organisation", "must be Y or N, not 'maybe'");
		assertThat(turkish.errors()).extracting(PlanningImportLanguageIntegrationTests::withoutList).containsExactly("'four hundred' bir sayı değil",
				"kümülatif: 1.–4. çeyrek hedeflerinin toplamı 390, yıllık hedef 400 değil", "zorunludur",
				"kümülatif, son değer, ortalama, en yüksek ya da kilometre taşı olmalıdır (cumulative, carry-over, average, maximum, milestone); 'sometimes' olamaz",
				"'PARKS' kurumun bir birimi değil", "E ya da H (Y ya da N) olmalıdır; 'maybe' olamaz");
		// The service without a language answers in English, as before.
		assertThat(imports.run("EC121", 2060, new ByteArrayInputStream(badWorkbook()), true, null, null, PMS).errors())
			.isEqualTo(english.errors());
	}

	private static String withoutList(ImportProblem p) {
		return p.message().replaceFirst(" \\([A-Z, ]+\\)$", "");
	}

	@Test
	void theApiAnswersInTheRequestsLanguageKeepingItsShape() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "s.xlsx", null, badWorkbook());
		mvc.perform(multipart("/api/v1/planning/sdbips/import").file(file).param("organisation", "EC121").param("year", "2060")
			.param("dryRun", "true").with(user(PMS)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("Annual target"))
			.andExpect(jsonPath("$.errors[0].message").value("'four hundred' is not a number"))
			.andExpect(jsonPath("$.errors[0].key").doesNotExist())
			.andExpect(jsonPath("$.errors[0].args").doesNotExist());
		mvc.perform(multipart("/api/v1/planning/sdbips/import").file(file).param("organisation", "EC121").param("year", "2060")
			.param("dryRun", "true").param("lang", "tr").with(user(PMS)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.errors[0].row").value(3))
			.andExpect(jsonPath("$.errors[0].column").value("Annual target"))
			.andExpect(jsonPath("$.errors[0].message").value("'four hundred' bir sayı değil"))
			.andExpect(jsonPath("$.errors[1].message").value("kümülatif: 1.–4. çeyrek hedeflerinin toplamı 390, yıllık hedef 400 değil"));
	}

	@Test
	void theImportPageShowsTheProblemsInTheReadersLanguage() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "s.xlsx", null, badWorkbook());
		mvc.perform(multipart("/planning/import").file(file).param("organisation", "EC121").param("year", "2060").param("mode", "check")
			.param("lang", "tr").with(user(PMS)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("bir sayı değil")))
			.andExpect(content().string(containsString("yıllık hedef 400 değil")))
			.andExpect(content().string(not(containsString("is not a number"))));
		mvc.perform(multipart("/planning/import").file(file).param("organisation", "EC121").param("year", "2060").param("mode", "check")
			.with(user(PMS)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is not a number")))
			.andExpect(content().string(containsString("not the annual target 400")));
	}
}
