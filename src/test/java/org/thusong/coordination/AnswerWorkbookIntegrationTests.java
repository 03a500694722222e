package org.thusong.coordination;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Mbhashe's PMS officer downloads everything asked of Mbhashe as a workbook, fills it in offline
 * and uploads it: a workbook with any problem keeps nothing and lists every problem by row and
 * column; a sound one answers every row at once; the answers given come back filled in.
 */
@ThusongIntegrationTest(properties = "thusong.documents.max-size=32KB")
@AutoConfigureMockMvc
class AnswerWorkbookIntegrationTests {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final ThusongUser PROVINCE = new ThusongUser(80, "ec.coordinator", "Province", Set.of(Role.COORDINATOR), "DC12",
			Scope.of("ZA/EC/DC12"), false, "x");

	static final ThusongUser MBHASHE_PMS = new ThusongUser(81, "mbhashe.pms", "PMS", Set.of(Role.PMS_OFFICER), "EC121",
			Scope.of("ZA/EC/DC12/EC121"), false, "x");

	static final ThusongUser MNQUMA_PMS = new ThusongUser(82, "mnquma.pms", "PMS", Set.of(Role.PMS_OFFICER), "EC122",
			Scope.of("ZA/EC/DC12/EC122"), false, "x");

	@Autowired
	DataRequests requests;

	@Autowired
	MockMvc mvc;

	@Test
	void answersEveryRowOfTheWorkbookAtOnceOrNothing() throws Exception {
		DataRequestView request = requests.file(new NewDataRequest("Water and electricity", List.of("WS1.1(1)", "EE1.1(2)"),
				List.of(), List.of("2025July"), List.of("EC121"), LocalDate.now().plusDays(30)), PROVINCE);

		byte[] form = mvc.perform(get("/coordination/answers.xlsx").with(user(MBHASHE_PMS)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andExpect(header().string("Content-Disposition", containsString("answers-EC121.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(form))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(cells(sheet.getRow(0))).containsExactly("Requests", "Element code", "Element name", "Definition", "Unit",
					"Period", "Due", "Value", "Comment");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
			assertThat(sheet.getLastRowNum()).isEqualTo(2);
			assertThat(cells(sheet.getRow(rowOf(sheet, "WS1.1(1)")))).startsWith(request.reference(), "WS1.1(1)")
				.contains("2025July", LocalDate.now().plusDays(30).toString())
				.endsWith("", "");
		}

		// A value that is no number and a row for something not asked of Mbhashe: both named, nothing kept.
		byte[] wrong = edit(form, sheet -> {
			sheet.getRow(rowOf(sheet, "WS1.1(1)")).createCell(7).setCellValue("a few");
			sheet.getRow(rowOf(sheet, "EE1.1(2)")).createCell(7).setCellValue(52000);
			Row extra = sheet.createRow(3);
			extra.createCell(1).setCellValue("EE1.1(1)");
			extra.createCell(5).setCellValue("2025July");
			extra.createCell(7).setCellValue(5);
		});
		int wsRow = rowNumber(wrong, "WS1.1(1)");
		upload(wrong, MBHASHE_PMS, "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Nothing was saved: 2 problem(s) to put right.")))
			.andExpect(content().string(containsString("<td>" + wsRow + "</td>\n        <td>Value</td><td>WS1.1(1) for 2025July: &#39;a few&#39; is not a number</td>")))
			.andExpect(content().string(containsString("<td>4</td>\n        <td>Element code / Period</td><td>EE1.1(1) for 2025July is not asked of Mbhashe Local Municipality</td>")));
		assertThat(requests.openAsks("EC121")).hasSize(2);
		// In the reader's language.
		upload(wrong, MBHASHE_PMS, "tr")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Hiçbir şey kaydedilmedi")))
			.andExpect(content().string(containsString("bir sayı değil")));

		// Put right: every value answered at once, a blank one left open, the comment kept.
		byte[] right = edit(form, sheet -> {
			sheet.getRow(rowOf(sheet, "EE1.1(2)")).createCell(7).setCellValue("52 000");
			sheet.getRow(rowOf(sheet, "EE1.1(2)")).createCell(8).setCellValue("Census 2022 count");
		});
		upload(right, MBHASHE_PMS, "")
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("answered", 1));
		assertThat(requests.openAsks("EC121")).extracting(Ask::dataElement).containsExactly("WS1.1(1)");
		assertThat(requests.find(request.reference(), PROVINCE.scope()).orElseThrow().cells())
			.filteredOn(c -> c.dataElement().equals("EE1.1(2)"))
			.singleElement()
			.satisfies(c -> assertThat(c.value()).isEqualByComparingTo("52000"));

		// Downloaded again, the answer given is filled in; uploading it again as it is changes nothing.
		byte[] again = mvc.perform(get("/coordination/answers.xlsx").param("municipality", "EC121").with(user(MBHASHE_PMS)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(again))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(rowOf(sheet, "EE1.1(2)")).getCell(7).getNumericCellValue()).isEqualTo(52000);
			assertThat(sheet.getRow(rowOf(sheet, "WS1.1(1)")).getCell(7)).isNull();
		}
		upload(again, MBHASHE_PMS, "").andExpect(status().is3xxRedirection()).andExpect(flash().attribute("answered", 0));

		// An answered question is closed: another value for it is refused, and the open one is not answered either.
		byte[] changed = edit(again, sheet -> {
			sheet.getRow(rowOf(sheet, "EE1.1(2)")).getCell(7).setCellValue(999);
			sheet.getRow(rowOf(sheet, "WS1.1(1)")).createCell(7).setCellValue(1234);
		});
		upload(changed, MBHASHE_PMS, "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("EE1.1(2) for 2025July was answered on")))
			.andExpect(content().string(containsString("(value 52000); the question is closed")));
		assertThat(requests.openAsks("EC121")).extracting(Ask::dataElement).containsExactly("WS1.1(1)");

		// Another municipality's official cannot answer Mbhashe's questions with it.
		mvc.perform(multipart("/coordination/answers.xlsx").file(new MockMultipartFile("file", "a.xlsx", XLSX, right))
				.param("municipality", "EC121").with(user(MNQUMA_PMS)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void refusesAFileThatIsNotTheFormSayingWhy() throws Exception {
		requests.file(new NewDataRequest("Sanitation", List.of("WS2.1(1)"), List.of(), List.of("2025July"), List.of("EC121"),
				LocalDate.now().plusDays(30)), PROVINCE);
		upload("dataElement,period,value\nWS2.1(1),2025July,5\n".getBytes(StandardCharsets.UTF_8), MBHASHE_PMS, "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The file is not an .xlsx workbook")));
		byte[] form = mvc.perform(get("/coordination/answers.xlsx").with(user(MBHASHE_PMS)))
			.andReturn().getResponse().getContentAsByteArray();
		byte[] moved = edit(form, sheet -> {
			sheet.getRow(0).getCell(7).setCellValue("Comment");
			sheet.getRow(0).getCell(8).setCellValue("Value");
		});
		upload(moved, MBHASHE_PMS, "")
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This heading should be &#39;Value&#39; (it is &#39;Comment&#39;)")));
		mvc.perform(multipart("/coordination/answers.xlsx").param("municipality", "EC121").with(user(MBHASHE_PMS)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose the workbook to upload.")));
		// Over the upload limit (32 KB here): refused before it is read, naming the limit.
		byte[] large = new byte[40 * 1024];
		large[0] = 'P';
		large[1] = 'K';
		upload(large, MBHASHE_PMS, "")
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("The file is 40 KB; the limit is 32 KB.")));
		assertThat(requests.openAsks("EC121")).extracting(Ask::dataElement).contains("WS2.1(1)");
	}

	@Test
	void theApiTakesTheWorkbookAndNamesEachBadRow() throws Exception {
		requests.file(new NewDataRequest("Roads", List.of("WS3.1(1)", "WS3.1(2)"), List.of(), List.of("2025July"),
				List.of("EC122"), LocalDate.now().plusDays(30)), PROVINCE);
		byte[] form = mvc.perform(get("/api/v1/data-requests/answers.xlsx").param("municipality", "EC122").with(user(MNQUMA_PMS)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", XLSX))
			.andReturn().getResponse().getContentAsByteArray();
		byte[] wrong = edit(form, sheet -> sheet.getRow(rowOf(sheet, "WS3.1(2)")).createCell(7).setCellValue("lots"));
		String where = "row " + rowNumber(wrong, "WS3.1(2)") + ", Value";
		mvc.perform(multipart("/api/v1/data-requests/answers.xlsx").file(new MockMultipartFile("file", "a.xlsx", XLSX, wrong))
				.param("municipality", "EC122").with(user(MNQUMA_PMS)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", containsString("application/problem+json")))
			.andExpect(jsonPath("$.errors['" + where + "']").value("WS3.1(2) for 2025July: 'lots' is not a number"));
		mvc.perform(multipart("/api/v1/data-requests/answers.xlsx")
				.file(new MockMultipartFile("file", "a.csv", "text/csv", "a,b\n".getBytes(StandardCharsets.UTF_8)))
				.param("municipality", "EC122").with(user(MNQUMA_PMS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").value(containsString("not an .xlsx workbook")));
		byte[] right = edit(form, sheet -> sheet.getRow(rowOf(sheet, "WS3.1(2)")).createCell(7).setCellValue(17));
		mvc.perform(multipart("/api/v1/data-requests/answers.xlsx").file(new MockMultipartFile("file", "a.xlsx", XLSX, right))
				.param("municipality", "EC122").with(user(MNQUMA_PMS)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answered").value(1));
		mvc.perform(get("/api/v1/data-requests/answers.xlsx").param("municipality", "EC121").with(user(MNQUMA_PMS)))
			.andExpect(status().isNotFound());

		// The form's answers go through the same checks: each bad field named, in one refusal.
		long roads = requests.openAsks("EC122").get(0).id();
		mvc.perform(post("/api/v1/data-requests/answers").param("municipality", "EC122")
				.contentType(MediaType.APPLICATION_JSON).content("{\"" + roads + "\": \"many\", \"999999\": \"4\"}")
				.with(user(MNQUMA_PMS)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors['answer-" + roads + "']").value(containsString("'many' is not a number")))
			.andExpect(jsonPath("$.errors['answer-999999']").value(containsString("names no question asked of")));
		mvc.perform(post("/coordination/answers").param("municipality", "EC122").param("answer-" + roads, "many")
				.with(user(MNQUMA_PMS)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Nothing was saved: 1 problem(s) to put right."),
					containsString("WS3.1(1) for 2025July: &#39;many&#39; is not a number"), not(containsString("answers:")))));
	}

	private ResultActions upload(byte[] workbook, ThusongUser who, String lang) throws Exception {
		return mvc.perform(multipart("/coordination/answers.xlsx")
			.file(new MockMultipartFile("file", "answers.xlsx", XLSX, workbook))
			.param("municipality", who.organisationCode())
			.param("lang", lang)
			.with(user(who))
			.with(csrf()));
	}

	private static byte[] edit(byte[] workbook, Consumer<Sheet> change) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			change.accept(book.getSheetAt(0));
			book.write(out);
			return out.toByteArray();
		}
	}

	/** The row index (from 0) of the data element's row. */
	private static int rowOf(Sheet sheet, String element) {
		for (int r = 1; r <= sheet.getLastRowNum(); r++) {
			if (sheet.getRow(r) != null && element.equals(new DataFormatter().formatCellValue(sheet.getRow(r).getCell(1)))) {
				return r;
			}
		}
		throw new AssertionError("no row for " + element);
	}

	/** The row number as Excel shows it. */
	private static int rowNumber(byte[] workbook, String element) throws IOException {
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			return rowOf(book.getSheetAt(0), element) + 1;
		}
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		for (int c = 0; c < 9; c++) {
			cells.add(formatter.formatCellValue(row.getCell(c)));
		}
		return cells;
	}
}
