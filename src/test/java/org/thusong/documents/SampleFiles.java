package org.thusong.documents;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Small but real files of every kind the documents module meets, made on the spot: images by
 * ImageIO, Office files as the ZIP packages they are, and the executables an attacker renames.
 */
final class SampleFiles {

	private SampleFiles() {
	}

	static byte[] pdf() {
		return """
				%PDF-1.4
				1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
				2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj
				trailer << /Root 1 0 R >>
				%%EOF
				""".getBytes(StandardCharsets.US_ASCII);
	}

	/** A PDF padded with a comment to the given size, for size limits. */
	static byte[] pdfOfSize(int size) {
		byte[] head = pdf();
		byte[] file = Arrays.copyOf(head, size);
		Arrays.fill(file, head.length, size, (byte) ' ');
		return file;
	}

	static byte[] png() {
		return image("png");
	}

	static byte[] jpeg() {
		return image("jpg");
	}

	static byte[] xlsx() {
		return zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>", "xl/worksheets/sheet1.xml",
				"<worksheet/>");
	}

	static byte[] docx() {
		return zip("[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>");
	}

	static byte[] plainZip() {
		return zip("readme.txt", "hello");
	}

	static byte[] csv() {
		return "municipality;households;with piped water\nMbhashe;58 000;31 %\nMnquma;68 000;44 %\n"
			.getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Linux executable: ELF magic, 64-bit, little-endian, then NUL padding. */
	static byte[] elf() {
		byte[] elf = new byte[256];
		byte[] magic = { 0x7F, 'E', 'L', 'F', 2, 1, 1, 0 };
		System.arraycopy(magic, 0, elf, 0, magic.length);
		return elf;
	}

	/** The start of a Windows executable: "MZ" and the DOS stub's message. */
	static byte[] exe() {
		byte[] exe = new byte[256];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(stub, 0, exe, 78, stub.length);
		return exe;
	}

	private static byte[] image(String format) {
		BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 3, Color.GREEN.getRGB());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static byte[] zip(String... namesAndContents) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < namesAndContents.length; i += 2) {
				zip.putNextEntry(new ZipEntry(namesAndContents[i]));
				zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
