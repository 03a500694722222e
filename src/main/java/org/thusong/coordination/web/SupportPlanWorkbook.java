package org.thusong.coordination.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.thusong.coordination.Intervention;
import org.thusong.coordination.SupportRegister;

/** A municipality's consolidated support plan as a workbook: interventions, possible duplication, gaps. */
final class SupportPlanWorkbook {

	private SupportPlanWorkbook() {
	}

	static byte[] of(SupportRegister.Plan plan) {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet support = book.createSheet("Support plan");
			row(support, 0, "Support plan: " + plan.municipality().name() + " (" + plan.municipality().code() + ")");
			row(support, 2, "Number", "Provider", "Area", "Type", "Title", "People", "Starts", "Ends", "Budget", "Status",
					"Outcome", "Skills transferred");
			int r = 3;
			for (Intervention i : plan.interventions()) {
				row(support, r++, String.valueOf(i.id()), i.providerName(), i.area().name(), i.type().name(), i.title(),
						String.valueOf(i.peopleDeployed()), i.startsOn().toString(), i.endsOn().toString(),
						i.budget() == null ? "" : i.budget().toPlainString(), i.status().name(),
						i.outcome() == null ? "" : i.outcome(), i.skillsTransferred() == null ? "" : i.skillsTransferred());
			}
			Sheet flags = book.createSheet("Possible duplication");
			row(flags, 0, "Area", "First", "Provider", "Second", "Provider", "Overlap from", "to");
			r = 1;
			for (SupportRegister.Duplication d : plan.duplications()) {
				row(flags, r++, d.first().area().name(), d.first().title(), d.first().providerName(), d.second().title(),
						d.second().providerName(), max(d.first(), d.second()), min(d.first(), d.second()));
			}
			Sheet gaps = book.createSheet("Capacity gaps");
			row(gaps, 0, "Area", "Gap", "Answered by");
			r = 1;
			for (SupportRegister.Gap g : plan.gaps()) {
				row(gaps, r++, g.area().name(), g.description(), g.answeredBy().isEmpty() ? "no support recorded"
						: String.join("; ", g.answeredBy().stream().map(i -> i.title() + " (" + i.providerName() + ")").toList()));
			}
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new IllegalStateException("Writing a workbook in memory cannot fail", e);
		}
	}

	private static String max(Intervention a, Intervention b) {
		return (a.startsOn().isAfter(b.startsOn()) ? a.startsOn() : b.startsOn()).toString();
	}

	private static String min(Intervention a, Intervention b) {
		return (a.endsOn().isBefore(b.endsOn()) ? a.endsOn() : b.endsOn()).toString();
	}

	private static void row(Sheet sheet, int index, String... cells) {
		Row row = sheet.createRow(index);
		for (int i = 0; i < cells.length; i++) {
			row.createCell(i).setCellValue(cells[i]);
		}
	}
}
