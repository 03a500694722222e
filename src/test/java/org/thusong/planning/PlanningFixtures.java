package org.thusong.planning;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.planning.internal.SdbipWorkbook;

/** People of Mbhashe and workbooks for the planning tests. */
final class PlanningFixtures {

	static final Scope MBHASHE = Scope.of("ZA/EC/DC12/EC121");

	static ThusongUser user(String name, Role role) {
		return new ThusongUser(name.hashCode(), name, name, Set.of(role), "EC121", MBHASHE, false, null);
	}

	static final ThusongUser OFFICER = user("t.officer", Role.OFFICER);

	static final ThusongUser MANAGER = user("t.manager", Role.MANAGER);

	static final ThusongUser PMS = user("t.pms", Role.PMS_OFFICER);

	static final ThusongUser AUDITOR = user("t.auditor", Role.AUDITOR);

	static KpiDraft cumulative(String ref, int q1, int q2, int q3, int q4, String evidence) {
		return new KpiDraft(ref, "Basic service delivery", "SO1.1", "Access to water", "Households connected to water",
				"households", bd(100), bd(q1 + q2 + q3 + q4), bd(q1), bd(q2), bd(q3), bd(q4), CalculationType.CUMULATIVE,
				Direction.HIGHER_IS_BETTER, "1-5", "TECHNICAL", "Manager Water", "V-100", bd(250000), evidence, true, null);
	}

	static BigDecimal bd(int v) {
		return BigDecimal.valueOf(v);
	}

	/** A workbook in the template's layout with these rows (each a list of cell texts, null for empty). */
	static byte[] workbook(List<List<Object>> rows) {
		try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = wb.createSheet("SDBIP");
			Row header = sheet.createRow(0);
			int c = 0;
			for (SdbipWorkbook.Column column : SdbipWorkbook.Column.values()) {
				header.createCell(c++).setCellValue(column.heading());
			}
			int r = 1;
			for (List<Object> values : rows) {
				Row row = sheet.createRow(r++);
				for (int i = 0; i < values.size(); i++) {
					Object v = values.get(i);
					if (v instanceof Number n) {
						row.createCell(i).setCellValue(n.doubleValue());
					}
					else if (v != null) {
						row.createCell(i).setCellValue(v.toString());
					}
				}
			}
			wb.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A clean template row. */
	static List<Object> row(String ref, int annual, int q1, int q2, int q3, int q4) {
		return java.util.Arrays.asList(ref, "Basic service delivery", "SO1.1", "Access to water", "Households connected", "households",
				50, annual, q1, q2, q3, q4, "cumulative", "higher", "1-31", "TECHNICAL", "Manager Water", "V-100", 1000000,
				"Completion certificates", "Y", null);
	}

	private PlanningFixtures() {
	}
}
