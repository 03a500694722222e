package org.thusong.documents;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.thusong.documents.internal.SafeFilename;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentNamingTests {

	@Test
	void sizesReadAsPeopleSayThem() {
		assertThat(DocumentTooLarge.readable(20L * 1024 * 1024)).isEqualTo("20 MB");
		assertThat(DocumentTooLarge.readable(26_529_000L)).isEqualTo("25.3 MB");
		assertThat(DocumentTooLarge.readable(64 * 1024)).isEqualTo("64 KB");
		assertThat(DocumentTooLarge.readable(900)).isEqualTo("900 bytes");
	}

	@Test
	void tooLargeNamesTheSizeAndTheLimit() {
		DocumentTooLarge known = new DocumentTooLarge(org.springframework.util.unit.DataSize.ofMegabytes(20), 26_529_000L);
		DocumentTooLarge unknown = new DocumentTooLarge(org.springframework.util.unit.DataSize.ofMegabytes(20), null);

		assertThat(known).hasMessage("The file is 25.3 MB; the limit is 20 MB");
		assertThat(unknown).hasMessage("The file is larger than the limit of 20 MB");
	}

	@Test
	void uploadedNamesLoseFoldersAndDangerousCharacters() {
		assertThat(SafeFilename.of("C:\\Users\\thandi\\Q1 evidence.pdf")).isEqualTo("Q1 evidence.pdf");
		assertThat(SafeFilename.of("../../etc/passwd")).isEqualTo("passwd");
		assertThat(SafeFilename.of("re\"port\r\n<1>.pdf")).isEqualTo("report1.pdf");
		assertThat(SafeFilename.of("..hidden.csv")).isEqualTo("hidden.csv");
		assertThat(SafeFilename.of("Kızılay mahallesi.xlsx")).isEqualTo("Kızılay mahallesi.xlsx");
		assertThat(SafeFilename.of("   ")).isEqualTo("document");
		assertThat(SafeFilename.of(null)).isEqualTo("document");
		assertThat(SafeFilename.of("x".repeat(300) + ".docx")).hasSize(200).endsWith(".docx");
	}

	@Test
	void aDownloadIsNamedForWhatItIs() {
		assertThat(summary("scan.pdf", DocumentType.PNG).downloadName()).isEqualTo("scan.pdf.png");
		assertThat(summary("photo.JPEG", DocumentType.JPEG).downloadName()).isEqualTo("photo.JPEG");
		assertThat(summary("report.pdf", DocumentType.PDF).downloadName()).isEqualTo("report.pdf");
	}

	private static DocumentSummary summary(String filename, DocumentType type) {
		return new DocumentSummary(new DocumentId(UUID.randomUUID()), filename, null, type, 1, "0".repeat(64),
				"ZA/EC", null, "thandi", Instant.now());
	}
}
