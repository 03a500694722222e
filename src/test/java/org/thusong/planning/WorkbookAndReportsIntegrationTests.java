package org.thusong.planning;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.thusong.planning.PlanningFixtures.*;

@ThusongIntegrationTest
class WorkbookAndReportsIntegrationTests {

	@Autowired
	SdbipImports imports;

	@Autowired
	Sdbips sdbips;

	@Autowired
	PerformanceCycle cycle;

	@Autowired
	PerformanceReports reports;

	@Autowired
	Organisations organisations;

	@Autowired
	PlanningClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDryRunListsEveryProblemByRowAndColumnAndNothingIsImported() {
		List<Object> badNumbers = new ArrayList<>(row("A2", 400, 100, 100, 100, 100));
		badNumbers.set(6, "fifty");
		badNumbers.set(9, "lots");
		List<Object> badType = new ArrayList<>(row("A3", 400, 100, 100, 100, 100));
		badType.set(12, "sometimes");
		badType.set(13, "sideways");
		badType.set(20, "maybe");
		List<Object> badSum = row("A4", 400, 100, 100, 100, 90);
		List<Object> missing = new ArrayList<>(row(null, 400, 100, 100, 100, 100));
		missing.set(4, null);
		missing.set(7, null);
		missing.set(15, "PARKS");
		List<Object> duplicate = row("A1", 4, 1, 1, 1, 1);
		byte[] workbook = workbook(List.of(row("A1", 400, 100, 100, 100, 100), badNumbers, badType, badSum, missing, duplicate));
		ImportResult result = imports.run("EC121", 2040, new ByteArrayInputStream(workbook), true, null, null, PMS);
		assertThat(result.dryRun()).isTrue();
		assertThat(result.rowsRead()).isEqualTo(6);
		assertThat(result.errors()).extracting(p -> p.row() + "|" + p.column()).containsExactlyInAnyOrder(
				"3|Baseline", "3|Q2", "4|Calculation type", "4|Direction", "4|Top layer (Y/N)", "5|Annual target",
				"6|KPI ref", "6|Indicator", "6|Annual target", "6|Department", "7|KPI ref");
		assertThat(result.errors()).filteredOn(p -> p.row() == 5).singleElement()
			.satisfies(p -> assertThat(p.message()).contains("add up to 390").contains("annual target 400"));
		ImportResult real = imports.run("EC121", 2040, new ByteArrayInputStream(workbook), false, null, null, PMS);
		assertThat(real.imported()).isFalse();
		assertThat(real.errors()).hasSize(11);
		assertThat(sdbips.current("EC121", 2040)).isEmpty();
	}

	@Test
	void somethingThatIsNotAWorkbookIsOneProblemNotAnError() {
		ImportResult result = imports.run("EC121", 2041, new ByteArrayInputStream("ref,kpa\n".getBytes()), true, null, null, PMS);
		assertThat(result.errors()).singleElement().satisfies(p -> {
			assertThat(p.row()).isZero();
			assertThat(p.column()).isEqualTo("file");
		});
	}

	@Test
	void aCleanWorkbookImportsAndExportsBackInTheSameLayout() throws Exception {
		byte[] workbook = workbook(List.of(row("B1", 400, 100, 100, 100, 100), row("B2", 40, 10, 10, 10, 10)));
		ImportResult result = imports.run("EC121", 2042, new ByteArrayInputStream(workbook), false, null, null, PMS);
		assertThat(result.errors()).isEmpty();
		assertThat(result.imported()).isTrue();
		Sdbip sdbip = sdbips.find(result.sdbipId()).orElseThrow();
		assertThat(sdbip.kpiCount()).isEqualTo(2);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		imports.export(sdbip, key -> key, out);
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = wb.getSheet("SDBIP");
			DataFormatter f = new DataFormatter();
			assertThat(f.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("KPI ref");
			assertThat(f.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("B2");
			assertThat(f.formatCellValue(sheet.getRow(2).getCell(7))).isEqualTo("40");
		}
		// The export reads back in as a clean workbook (a revision, since the year has its SDBIP).
		ImportResult again = imports.run("EC121", 2042, new ByteArrayInputStream(out.toByteArray()), true,
				new Sdbips.Revision("Adjustments budget", "Council", LocalDate.of(2043, 2, 1)), null, PMS);
		assertThat(again.errors()).isEmpty();
		assertThat(again.rowsRead()).isEqualTo(2);
	}

	@Test
	void theThreeReportsCarryTargetsActualsAndStatusesInPdfAndXlsx() throws Exception {
		OrganisationSummary mbhashe = organisations.findByCode("EC121").orElseThrow();
		clock.set(Clock.fixed(LocalDate.of(2044, 10, 5).atStartOfDay(ZoneId.of("Africa/Johannesburg")).toInstant(), ZoneId.of("UTC")));
		sdbips.create(mbhashe, 2043, null, List.of(cumulative("R1", 100, 100, 100, 100, null)), null, false, "t.pms");
		Sdbip sdbip = sdbips.create(mbhashe, 2044, null, List.of(cumulative("R1", 100, 100, 100, 100, null),
				cumulative("R2", 10, 10, 10, 10, null)), null, false, "t.pms");
		Kpi r1 = sdbips.kpis(sdbip.id()).get(0);
		SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(OFFICER, null, OFFICER.getAuthorities()));
		cycle.capture(r1.id(), 1, new PerformanceCycle.Capture("80", null, "Heavy rains stopped trenching", "Second crew from October"), OFFICER);
		SecurityContextHolder.clearContext();

		String pdf = text(report(ReportKind.QUARTERLY, 1, PerformanceReports.Format.PDF, Scope.of("ZA/EC/DC12/EC121")));
		assertThat(pdf).contains("Mbhashe Local Municipality").contains("Quarterly performance report")
			.contains("Quarter 1 of 2044/45").contains("R1").contains("Heavy rains stopped trenching")
			.contains("Not met").contains("No data");
		assertThat(pdf.split("Mbhashe Local Municipality", -1).length - 1).isGreaterThanOrEqualTo(2);

		List<List<String>> cells = cells(report(ReportKind.MID_YEAR, null, PerformanceReports.Format.XLSX, Scope.of("ZA")));
		assertThat(cells.get(0)).containsExactly("Mid-year performance assessment (MFMA section 72)");
		assertThat(cells.get(1)).containsExactly("Mbhashe Local Municipality");
		assertThat(cells).anySatisfy(r -> assertThat(r).startsWith("R1", "Households connected to water", "households", "400", "100", "80"));

		List<List<String>> annual = cells(report(ReportKind.ANNUAL, null, PerformanceReports.Format.XLSX, Scope.of("ZA")));
		assertThat(annual).anySatisfy(r -> assertThat(r).contains("Previous year's target"));
		assertThat(annual).anySatisfy(r -> assertThat(r).startsWith("R1", "Households connected to water", "households", "400", "80"));
	}

	@Test
	void aTurkishOrganisationsReportIsInTurkish() throws Exception {
		OrganisationSummary erzincan = organisations.findByCode("TR24-1318").orElseThrow();
		sdbips.create(erzincan, 2045, null, List.of(new KpiDraft("1.1.1", "Kurumsal yapı", "H1.1", "Halkla ilişkiler",
				"Halk günü sayısı", "adet", null, bd(12), bd(3), bd(3), bd(3), bd(3), CalculationType.CUMULATIVE,
				Direction.HIGHER_IS_BETTER, null, "MUHTARLIK", null, null, null, "Tutanaklar", true, null)), null, false, "x");
		String pdf = text(reportOf("TR24-1318", 2045, ReportKind.ANNUAL, null, PerformanceReports.Format.PDF, Scope.of("TR")));
		assertThat(pdf).contains("Yıllık performans raporu").contains("Erzincan").contains("Halk günü sayısı").contains("Veri yok");
	}

	private byte[] report(ReportKind kind, Integer quarter, PerformanceReports.Format format, Scope scope) throws Exception {
		return reportOf("EC121", 2044, kind, quarter, format, scope);
	}

	private byte[] reportOf(String org, int year, ReportKind kind, Integer quarter, PerformanceReports.Format format, Scope scope) throws Exception {
		PerformanceReports.Job job = reports.request(org, kind, year, quarter, format, scope, "t.pms");
		long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (reports.job(job.id(), scope).orElseThrow().status().ordinal() < 2 && System.nanoTime() < until) {
			Thread.sleep(100);
		}
		assertThat(reports.job(job.id(), scope).orElseThrow().status()).isEqualTo(PerformanceReports.JobStatus.DONE);
		assertThat(reports.job(job.id(), scope).orElseThrow().percent()).isEqualTo(100);
		return reports.file(job.id(), scope).content();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	static List<List<String>> cells(byte[] xlsx) throws Exception {
		List<List<String>> rows = new ArrayList<>();
		DataFormatter f = new DataFormatter();
		try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			for (Row row : wb.getSheetAt(0)) {
				List<String> values = new ArrayList<>();
				for (int c = 0; c < row.getLastCellNum(); c++) {
					values.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
				}
				rows.add(values);
			}
		}
		return rows;
	}
}
