package org.thusong.documents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.thusong.documents.internal.ContentTypeDetector;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTypeDetectorTests {

	@TempDir
	Path folder;

	private final ContentTypeDetector detector = new ContentTypeDetector();

	@Test
	void recognisesEveryAcceptedKindByItsContent() throws IOException {
		assertThat(detect(SampleFiles.pdf(), "report.pdf")).contains(DocumentType.PDF);
		assertThat(detect(SampleFiles.png(), "photo.png")).contains(DocumentType.PNG);
		assertThat(detect(SampleFiles.jpeg(), "photo.jpg")).contains(DocumentType.JPEG);
		assertThat(detect(SampleFiles.xlsx(), "targets.xlsx")).contains(DocumentType.XLSX);
		assertThat(detect(SampleFiles.docx(), "minutes.docx")).contains(DocumentType.DOCX);
		assertThat(detect(SampleFiles.csv(), "households.csv")).contains(DocumentType.CSV);
	}

	@Test
	void believesTheContentNotTheName() throws IOException {
		assertThat(detect(SampleFiles.png(), "scan.pdf")).contains(DocumentType.PNG);
		assertThat(detect(SampleFiles.pdf(), "no-extension")).contains(DocumentType.PDF);
		assertThat(detect(SampleFiles.docx(), "minutes.xlsx")).contains(DocumentType.DOCX);
	}

	@Test
	void refusesExecutablesRenamedToAnAcceptedKind() throws IOException {
		assertThat(detect(SampleFiles.elf(), "evidence.pdf")).isEmpty();
		assertThat(detect(SampleFiles.exe(), "evidence.pdf")).isEmpty();
		assertThat(detect(SampleFiles.exe(), "evidence.csv")).isEmpty();
		assertThat(detect(SampleFiles.elf(), "photo.jpg")).isEmpty();
	}

	@Test
	void refusesAZipThatIsNoOfficeDocument() throws IOException {
		assertThat(detect(SampleFiles.plainZip(), "archive.xlsx")).isEmpty();
		assertThat(detect(new byte[] { 'P', 'K', 3, 4, 0, 0 }, "broken.docx")).isEmpty();
	}

	@Test
	void acceptsCsvOnlyAsDelimitedUtf8TextNamedCsv() throws IOException {
		assertThat(detect(SampleFiles.csv(), "households.txt")).isEmpty();
		assertThat(detect("just one column\nno delimiters\n".getBytes(StandardCharsets.UTF_8), "list.csv")).isEmpty();
		assertThat(detect("a,b\n1,\0\n".getBytes(StandardCharsets.UTF_8), "nul.csv")).isEmpty();
		assertThat(detect(new byte[] { 'a', ',', (byte) 0xC3, (byte) 0x28, '\n' }, "latin.csv")).isEmpty();
		assertThat(detect("mahalle,muhtar\nKızılay,Ayşe Yılmaz\n".getBytes(StandardCharsets.UTF_8), "MAHALLE.CSV"))
			.contains(DocumentType.CSV);
		assertThat(detect("\uFEFFname\tvalue\r\nx\t1\r\n".getBytes(StandardCharsets.UTF_8), "bom.csv"))
			.contains(DocumentType.CSV);
	}

	@Test
	void refusesTextThatIsNoCsvAndEmptyFiles() throws IOException {
		assertThat(detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "page.html")).isEmpty();
		assertThat(detect(new byte[0], "empty.pdf")).isEmpty();
	}

	private Optional<DocumentType> detect(byte[] content, String name) throws IOException {
		Path file = Files.write(folder.resolve("upload-" + System.nanoTime()), content);
		return detector.detect(file, name);
	}
}
