package org.thusong.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.planning.ImportResult;
import org.thusong.planning.PerformanceReports;
import org.thusong.planning.ReportKind;
import org.thusong.planning.SdbipImports;

/**
 * Planning at scale: importing SDBIP workbooks of 100, 1,000 and 10,000 KPI rows (dry run and
 * real import: time and peak heap), and generating the quarterly (PDF, XLSX) and annual (PDF)
 * reports of SDBIPs with 50 and 500 KPIs, all four quarters captured. A main class, not a test
 * (bench/planning-import.sh, bench/planning-reports.sh).
 *
 * <p>Arguments: {@code import [rounds]} or {@code reports [rounds]}.
 */
public final class PlanningBenchmark {

	static final ThusongUser PMS = new ThusongUser(1, "bench.pms", "bench.pms", Set.of(Role.PMS_OFFICER), "EC121",
			Scope.of("ZA/EC/DC12/EC121"), false, null);

	static final String[] HEADINGS = { "KPI ref", "KPA", "Objective code", "Objective", "Indicator", "Unit of measure", "Baseline",
			"Annual target", "Q1", "Q2", "Q3", "Q4", "Calculation type", "Direction", "Wards", "Department", "Responsible official",
			"Budget vote", "Budget amount", "Evidence required", "Top layer (Y/N)" };

	static final String[] TYPES = { "cumulative", "carry-over", "average", "maximum", "milestone" };

	public static void main(String[] args) throws Exception {
		String what = args.length > 0 ? args[0] : "import";
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		try (BenchApp app = BenchApp.start("planning", "--logging.level.org.thusong=WARN")) {
			System.out.printf("machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
			if (what.equals("reports")) {
				reports(app, rounds);
			}
			else {
				imports(app, rounds);
			}
		}
	}

	static void imports(BenchApp app, int rounds) throws Exception {
		SdbipImports imports = app.getBean(SdbipImports.class);
		int year = 2100 - 60;
		System.out.println("rows | workbook KB | dry run median ms | import median ms | ms per 1,000 rows (import) | peak heap MB (import)");
		for (int rows : new int[] { 100, 1_000, 10_000 }) {
			byte[] workbook = workbook(rows);
			List<Long> dry = new ArrayList<>();
			List<Long> real = new ArrayList<>();
			long peak = 0;
			for (int r = 0; r <= rounds; r++) {
				long t0 = System.nanoTime();
				ImportResult check = imports.run("EC121", year, new ByteArrayInputStream(workbook), true, null, null, PMS);
				long t1 = System.nanoTime();
				if (!check.clean() || check.rowsRead() != rows) {
					throw new IllegalStateException("dry run: " + check.errors().subList(0, Math.min(5, check.errors().size())));
				}
				System.gc();
				resetPeaks();
				long t2 = System.nanoTime();
				ImportResult done = imports.run("EC121", year++, new ByteArrayInputStream(workbook), false, null, null, PMS);
				long t3 = System.nanoTime();
				if (!done.imported()) {
					throw new IllegalStateException("import: " + done.errors());
				}
				if (r > 0) { // the first round warms up
					dry.add((t1 - t0) / 1_000_000);
					real.add((t3 - t2) / 1_000_000);
					peak = Math.max(peak, peakHeap());
				}
			}
			long importMs = median(real);
			System.out.printf("%,d | %,d | %,d | %,d | %.0f | %,d%n", rows, workbook.length / 1024, median(dry), importMs,
					importMs * 1000.0 / rows, peak / (1024 * 1024));
		}
	}

	static void reports(BenchApp app, int rounds) throws Exception {
		SdbipImports imports = app.getBean(SdbipImports.class);
		PerformanceReports reports = app.getBean(PerformanceReports.class);
		JdbcClient jdbc = JdbcClient.create(app.getBean(HikariDataSource.class));
		System.out.println("KPIs | quarterly PDF median ms | quarterly XLSX median ms | annual PDF median ms | PDF KB");
		int year = 2100 - 90;
		for (int kpis : new int[] { 50, 500 }) {
			ImportResult done = imports.run("EC121", year, new ByteArrayInputStream(workbook(kpis)), false, null, null, PMS);
			jdbc.sql("""
					INSERT INTO planning_actual (kpi_id, sdbip_id, organisation_code, area_path, quarter, value, comment, variance_reason,
					    corrective_measure, state, captured_by, updated_at)
					SELECT k.id, k.sdbip_id, k.organisation_code, k.area_path, q, coalesce(k.q1_target, 1) * (0.8 + random() * 0.4),
					       'bench', 'bench variance reason', 'bench corrective measure', 'APPROVED', 'bench', now()
					  FROM planning_kpi k CROSS JOIN generate_series(1, 4) q WHERE k.sdbip_id = :s""")
				.param("s", done.sdbipId()).update();
			List<Long> qPdf = new ArrayList<>();
			List<Long> qXlsx = new ArrayList<>();
			List<Long> aPdf = new ArrayList<>();
			int size = 0;
			for (int r = 0; r <= rounds; r++) {
				long a = time(reports, year, ReportKind.QUARTERLY, 1, PerformanceReports.Format.PDF);
				long b = time(reports, year, ReportKind.QUARTERLY, 1, PerformanceReports.Format.XLSX);
				long c = time(reports, year, ReportKind.ANNUAL, null, PerformanceReports.Format.PDF);
				if (r > 0) {
					qPdf.add(a);
					qXlsx.add(b);
					aPdf.add(c);
				}
			}
			size = jdbc.sql("SELECT max(length(content)) FROM planning_report_job WHERE financial_year = :y AND format = 'PDF'")
				.param("y", year).query(Integer.class).single();
			System.out.printf("%,d | %,d | %,d | %,d | %,d%n", kpis, median(qPdf), median(qXlsx), median(aPdf), size / 1024);
			year++;
		}
	}

	static long time(PerformanceReports reports, int year, ReportKind kind, Integer quarter, PerformanceReports.Format format)
			throws InterruptedException {
		long t0 = System.nanoTime();
		PerformanceReports.Job job = reports.request("EC121", kind, year, quarter, format, PMS.scope(), "bench.pms");
		while (true) {
			PerformanceReports.Job now = reports.job(job.id(), PMS.scope()).orElseThrow();
			if (now.status() == PerformanceReports.JobStatus.DONE) {
				return (System.nanoTime() - t0) / 1_000_000;
			}
			if (now.status() == PerformanceReports.JobStatus.FAILED) {
				throw new IllegalStateException(now.error());
			}
			Thread.sleep(5);
		}
	}

	/** A clean template workbook of n KPI rows, the calculation types in turn. */
	static byte[] workbook(int n) throws Exception {
		try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("SDBIP");
			Row header = sheet.createRow(0);
			for (int c = 0; c < HEADINGS.length; c++) {
				header.createCell(c).setCellValue(HEADINGS[c]);
			}
			for (int i = 1; i <= n; i++) {
				Row row = sheet.createRow(i);
				String type = TYPES[i % TYPES.length];
				int[] q = switch (type) {
					case "cumulative" -> new int[] { 25, 25, 25, 25, 100 };
					case "carry-over" -> new int[] { 60, 70, 80, 90, 90 };
					case "average" -> new int[] { 80, 80, 80, 80, 80 };
					case "maximum" -> new int[] { 30, 40, 50, 60, 60 };
					default -> new int[] { 0, 0, 1, 1, 1 };
				};
				int c = 0;
				row.createCell(c++).setCellValue("B" + i);
				row.createCell(c++).setCellValue("KPA " + (i % 5 + 1));
				row.createCell(c++).setCellValue("SO" + (i % 40 + 1));
				row.createCell(c++).setCellValue("Objective " + (i % 40 + 1));
				row.createCell(c++).setCellValue("Benchmark indicator number " + i + " measured every quarter");
				row.createCell(c++).setCellValue("units");
				row.createCell(c++).setCellValue(10);
				row.createCell(c++).setCellValue(q[4]);
				for (int k = 0; k < 4; k++) {
					row.createCell(c++).setCellValue(q[k]);
				}
				row.createCell(c++).setCellValue(type);
				row.createCell(c++).setCellValue(i % 7 == 0 && !type.equals("milestone") ? "lower" : "higher");
				if (i % 7 == 0 && type.equals("maximum")) {
					row.getCell(7).setCellValue(30);
				}
				row.createCell(c++).setCellValue("1-32");
				row.createCell(c++).setCellValue("TECHNICAL");
				row.createCell(c++).setCellValue("Official " + (i % 30));
				row.createCell(c++).setCellValue("V-" + (1000 + i % 200));
				row.createCell(c++).setCellValue(100_000 + i);
				row.createCell(c++).setCellValue("Signed report");
				row.createCell(c).setCellValue(i % 3 == 0 ? "Y" : "N");
			}
			wb.write(out);
			return out.toByteArray();
		}
	}

	static void resetPeaks() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	static long peakHeap() {
		long sum = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				sum += pool.getPeakUsage().getUsed();
			}
		}
		return sum;
	}

	static long median(List<Long> values) {
		return Math.round(BenchApp.median(values));
	}

	private PlanningBenchmark() {
	}
}
