package org.thusong.core;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * A page of XHTML printed as PDF, with the DejaVu fonts bundled in {@code /fonts} (regular and
 * bold), so that Turkish letters and the rand and lira signs print on a closed network without any
 * font of the machine. Running heads, footers and page numbers come from the page's own CSS
 * ({@code @page} margin boxes).
 */
public final class HtmlPdf {

	private HtmlPdf() {
	}

	public static byte[] render(String xhtml) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.useFont(() -> font("DejaVuSans.ttf"), "DejaVu Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.useFont(() -> font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static InputStream font(String name) {
		return HtmlPdf.class.getResourceAsStream("/fonts/" + name);
	}
}
