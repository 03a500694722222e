package org.thusong.coordination.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thusong.coordination.SupportRegister;
import org.thusong.core.Scope;

/**
 * A municipality's support plan as PDF: the page's own sections (the same template fragment, so the
 * two cannot differ), in the reader's language, with the municipality and the day it was produced
 * at the top of every page and the page number at the bottom. Rendered from HTML by openhtmltopdf
 * with DejaVu Sans, whose glyphs cover Turkish letters.
 */
@Component
class SupportPlanPdf {

	private final ITemplateEngine templates;

	SupportPlanPdf(ITemplateEngine templates) {
		this.templates = templates;
	}

	byte[] of(SupportRegister.Plan plan, Locale locale) {
		return render(html(plan, locale));
	}

	/** The HTML the PDF is rendered from. */
	String html(SupportRegister.Plan plan, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("plan", plan);
		// The day in the municipality's own time zone, as the reader writes dates.
		LocalDate today = LocalDate.now(Scope.of(plan.municipality().jurisdictionPath()).timeZone());
		context.setVariable("produced", today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale)));
		return templates.process("coordination/support-plan-pdf", context);
	}

	private static byte[] render(String html) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(html, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The fonts bundled with the application (the planning module's reports use them too). */
	private static InputStream font(String name) {
		return SupportPlanPdf.class.getResourceAsStream("/fonts/" + name);
	}
}
