package org.thusong.documents.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.springframework.stereotype.Component;
import org.thusong.documents.DocumentType;

/**
 * Tells what a file is from its bytes ("magic numbers"), never from its name or the type the
 * client claims, so that an executable renamed to {@code .pdf} is refused. The one exception is
 * CSV: plain text has no signature, so a CSV must be well-formed UTF-8 text with delimiters
 * <em>and</em> be named {@code .csv}.
 */
@Component
public class ContentTypeDetector {

	private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	private static final byte[] ZIP = { 'P', 'K', 0x03, 0x04 };

	public Optional<DocumentType> detect(Path file, String filename) throws IOException {
		byte[] head = head(file, 8);
		if (startsWith(head, PDF)) {
			return Optional.of(DocumentType.PDF);
		}
		if (startsWith(head, JPEG)) {
			return Optional.of(DocumentType.JPEG);
		}
		if (startsWith(head, PNG)) {
			return Optional.of(DocumentType.PNG);
		}
		if (startsWith(head, ZIP)) {
			return officeDocument(file);
		}
		if (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".csv") && isDelimitedText(file)) {
			return Optional.of(DocumentType.CSV);
		}
		return Optional.empty();
	}

	/**
	 * XLSX and DOCX are ZIP files whose parts live under {@code xl/} or {@code word/}. Only the
	 * central directory is read (entry names), nothing is unpacked, so a ZIP bomb costs nothing.
	 */
	private static Optional<DocumentType> officeDocument(Path file) throws IOException {
		boolean spreadsheet = false;
		boolean wordProcessing = false;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				spreadsheet |= name.startsWith("xl/");
				wordProcessing |= name.startsWith("word/");
			}
		}
		catch (ZipException e) {
			return Optional.empty();
		}
		if (spreadsheet == wordProcessing) {
			// Neither, or a ZIP pretending to be both: not an Office document we can vouch for.
			return Optional.empty();
		}
		return Optional.of(spreadsheet ? DocumentType.XLSX : DocumentType.DOCX);
	}

	/**
	 * Strict UTF-8 throughout (a malformed byte fails the whole file), no NUL or other control
	 * characters besides tab and line breaks, and at least one comma, semicolon or tab.
	 */
	private static boolean isDelimitedText(Path file) throws IOException {
		CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		boolean delimited = false;
		char[] buffer = new char[8192];
		try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file), utf8))) {
			int read;
			while ((read = reader.read(buffer)) != -1) {
				for (int i = 0; i < read; i++) {
					char c = buffer[i];
					if (c == ',' || c == ';' || c == '\t') {
						delimited = true;
					}
					else if (Character.isISOControl(c) && c != '\n' && c != '\r') {
						return false;
					}
				}
			}
		}
		catch (CharacterCodingException e) {
			return false;
		}
		return delimited;
	}

	private static byte[] head(Path file, int length) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return in.readNBytes(length);
		}
	}

	private static boolean startsWith(byte[] head, byte[] signature) {
		return head.length >= signature.length && Arrays.equals(head, 0, signature.length, signature, 0, signature.length);
	}
}
