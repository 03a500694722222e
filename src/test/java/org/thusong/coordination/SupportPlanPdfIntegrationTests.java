package org.thusong.coordination;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mnquma's support plan as a PDF to take to a meeting: every intervention with its details, the
 * possible duplication and the capacity gaps, as on the page; whose plan, when it was produced and
 * the page number on every page; in the reader's language.
 */
@ThusongIntegrationTest
@AutoConfigureMockMvc
class SupportPlanPdfIntegrationTests {

	static final ThusongUser DISTRICT = new ThusongUser(90, "amathole.coordinator", "District", Set.of(Role.COORDINATOR), "DC12",
			Scope.of("ZA/EC/DC12"), false, "x");

	static final ThusongUser NEIGHBOUR = new ThusongUser(92, "mbhashe.manager", "Mbhashe", Set.of(Role.MANAGER), "EC121",
			Scope.of("ZA/EC/DC12"), false, "x");

	static final ThusongUser MBHASHE_ONLY = new ThusongUser(91, "mbhashe.officer", "Mbhashe", Set.of(Role.MANAGER), "EC121",
			Scope.of("ZA/EC/DC12/EC121"), false, "x");

	@Autowired
	SupportRegister register;

	@Autowired
	MockMvc mvc;

	@Test
	void printsThePlanWithEveryInterventionTheFlagsAndTheGapsOnNumberedPages() throws Exception {
		LocalDate jan = LocalDate.of(2026, 1, 1);
		register.record(new NewIntervention("EC122", SupportArea.FINANCE, SupportType.HANDS_ON, "Audit action plan support", 2,
				jan, jan.plusMonths(6), new BigDecimal("250000"), SupportStatus.UNDER_WAY, "Clean audit findings closed",
				"Reconciliations"), DISTRICT);
		register.record(new NewIntervention("EC122", SupportArea.FINANCE, SupportType.TRAINING, "Debt collection drive", 3,
				jan.plusMonths(3), jan.plusMonths(9), null, SupportStatus.PLANNED, null, "Credit control"), NEIGHBOUR);
		// Enough support for the plan to run over more than one page.
		for (int i = 1; i <= 40; i++) {
			register.record(new NewIntervention("EC122", SupportArea.ENGINEERING, SupportType.DEPLOYMENT, "Site engineer " + i, 1,
					jan, jan.plusMonths(12), new BigDecimal("90000"), SupportStatus.PLANNED, null, null), DISTRICT);
		}
		register.recordGap("EC122", SupportArea.FINANCE, "No qualified accountant since 2025", DISTRICT);
		register.recordGap("EC122", SupportArea.IT, "Financial system not supported", DISTRICT);

		mvc.perform(get("/coordination/support/EC122").with(user(DISTRICT)))
			.andExpect(content().string(containsString("href=\"/coordination/support/EC122/plan.pdf\"")));
		byte[] pdf = mvc.perform(get("/coordination/support/EC122/plan.pdf").with(user(DISTRICT)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("support-plan-EC122.pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

		String produced = "Produced on " + today().format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.ENGLISH));
		try (PDDocument document = Loader.loadPDF(pdf)) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				assertThat(text(document, page, page)).as("page %d", page)
					.contains("Support plan: Mnquma Local Municipality (EC122)")
					.contains(produced)
					.contains("Page " + page + " / " + pages);
			}
			String all = text(document, 1, pages);
			assertThat(all).contains("Possible duplication: different providers support the same area at the same time.")
				.contains("Finance: Audit action plan support (Amathole")
				.contains("Debt collection drive (Mbhashe Local Municipality)")
				.contains("Audit action plan support").contains("Hands-on support").contains("2026-01-01 – 2026-07-01")
				.contains("250000").contains("Under way").contains("Clean audit findings closed Reconciliations")
				.contains("Credit control").contains("Site engineer 40")
				.contains("No qualified accountant since 2025").contains("Financial system not supported")
				.contains("no support recorded for this gap")
				.contains("40 intervention(s) answer no recorded capacity gap.");
		}

		// In Turkish for a reader who reads Turkish, as the page is.
		byte[] turkish = mvc.perform(get("/coordination/support/EC122/plan.pdf").param("lang", "tr").with(user(DISTRICT)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(turkish)) {
			assertThat(text(document, 1, 1)).contains("Destek planı: Mnquma Local Municipality (EC122)")
				.contains("tarihinde üretildi").contains("Sayfa 1 / ").contains("Olası mükerrerlik");
		}

		mvc.perform(get("/coordination/support/EC122/plan.pdf").with(user(MBHASHE_ONLY))).andExpect(status().isNotFound());
	}

	private static LocalDate today() {
		return LocalDate.now(ZoneId.of("Africa/Johannesburg"));
	}

	private static String text(PDDocument document, int from, int to) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(from);
		stripper.setEndPage(to);
		return stripper.getText(document).replaceAll("\\s+", " ");
	}
}
