package org.thusong.coordination.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thusong.coordination.SupportRegister;
import org.thusong.core.HtmlPdf;
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
		return HtmlPdf.render(html(plan, locale));
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
}
