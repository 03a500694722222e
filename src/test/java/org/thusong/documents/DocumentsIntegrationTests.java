package org.thusong.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.thusong.ThusongIntegrationTest;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ThusongIntegrationTest(properties = "thusong.documents.max-size=64KB")
@AutoConfigureMockMvc
@RecordApplicationEvents
class DocumentsIntegrationTests {

	static final Path DATA_DIR = temporaryFolder();

	static final Path DOCUMENTS = DATA_DIR.resolve("documents");

	static final String MBHASHE = "ZA/EC/DC12/EC121";

	static final String MNQUMA = "ZA/EC/DC12/EC122";

	@DynamicPropertySource
	static void dataFolder(DynamicPropertyRegistry properties) {
		properties.add("thusong.data-dir", DATA_DIR::toString);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Documents documents;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JsonMapper json;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void twoMunicipalities() {
		jdbc.sql("""
				INSERT INTO organisation (code, name, kind, jurisdiction_area_code, jurisdiction_path) VALUES
				  ('EC121', 'Mbhashe Local Municipality', 'MUNICIPALITY', 'EC121', 'ZA/EC/DC12/EC121'),
				  ('EC122', 'Mnquma Local Municipality', 'MUNICIPALITY', 'EC122', 'ZA/EC/DC12/EC122')
				ON CONFLICT DO NOTHING""").update();
	}

	@Test
	void anUploadKeepsItsBytesItsSha256AndItsArea() throws Exception {
		byte[] pdf = SampleFiles.pdf();

		JsonNode stored = upload(officerOf("EC121", MBHASHE), new MockMultipartFile("file", "Q1 evidence.pdf",
				"application/octet-stream", pdf), "Q1 evidence for KPI 3.2");

		assertThat(stored.get("sha256").asString()).isEqualTo(sha256(pdf));
		assertThat(stored.get("type").asString()).isEqualTo("PDF");
		assertThat(stored.get("mediaType").asString()).isEqualTo("application/pdf");
		assertThat(stored.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(stored.get("areaPath").asString()).isEqualTo(MBHASHE);
		assertThat(stored.get("organisationCode").asString()).isEqualTo("EC121");
		assertThat(stored.get("uploadedBy").asString()).isEqualTo("officer-EC121");
		String id = stored.get("id").asString();
		Path onDisk = DOCUMENTS.resolve(id.substring(0, 2)).resolve(id);
		assertThat(onDisk).exists().hasBinaryContent(pdf);
		assertThat(jdbc.sql("SELECT sha256 FROM document WHERE id = CAST(:id AS uuid)").param("id", id)
			.query(String.class).single()).isEqualTo(sha256(pdf));
		assertThat(jdbc.sql("""
				SELECT after_state->>'sha256' FROM audit_entry
				 WHERE entity_type = 'document' AND entity_id = :id AND action = 'uploaded' AND actor = 'officer-EC121'""")
			.param("id", id).query(String.class).single()).isEqualTo(sha256(pdf));
		assertThat(events.stream(DocumentStored.class))
			.contains(new DocumentStored(DocumentId.parse(id).orElseThrow(), MBHASHE, sha256(pdf)));
	}

	@Test
	void anOversizedUploadIsRefusedWith413NamingTheLimit() throws Exception {
		mvc.perform(multipart("/api/v1/documents")
				.file(new MockMultipartFile("file", "big.pdf", "application/pdf", SampleFiles.pdfOfSize(100 * 1024)))
				.with(user(officerOf("EC121", MBHASHE))))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.detail").value("The file is 100 KB; the limit is 64 KB."))
			.andExpect(jsonPath("$.limit").value("64 KB"));
		assertNothingStoredFor("big.pdf");
	}

	@Test
	void aStreamOverTheLimitIsCutOffAndRefused() {
		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> documents.store("stream.pdf",
				new ByteArrayInputStream(SampleFiles.pdfOfSize(65 * 1024 + 1)), MBHASHE, "EC121", null)))
			.isInstanceOf(DocumentTooLarge.class)
			.hasMessage("The file is larger than the limit of 64 KB");
		assertNothingStoredFor("stream.pdf");
	}

	@Test
	void anExecutableRenamedToPdfIsRefusedWith415NamingTheAcceptedTypes() throws Exception {
		mvc.perform(multipart("/api/v1/documents")
				.file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", SampleFiles.elf()))
				.with(user(officerOf("EC121", MBHASHE))))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(jsonPath("$.detail").value(containsString("PDF, JPEG, PNG, XLSX, DOCX, CSV")))
			.andExpect(jsonPath("$.allowedTypes").value("PDF, JPEG, PNG, XLSX, DOCX, CSV"));
		assertNothingStoredFor("evidence.pdf");
	}

	@Test
	void badUploadsGetA400NeverA500() throws Exception {
		mvc.perform(multipart("/api/v1/documents")
				.file(new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]))
				.with(user(officerOf("EC121", MBHASHE))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.file").exists());
		mvc.perform(multipart("/api/v1/documents").param("label", "no file").with(user(officerOf("EC121", MBHASHE))))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/documents").contentType("application/json").content("{}")
				.with(user(officerOf("EC121", MBHASHE))))
			.andExpect(status().isUnsupportedMediaType());
		mvc.perform(multipart("/api/v1/documents")
				.file(new MockMultipartFile("file", "ward.pdf", "application/pdf", SampleFiles.pdf()))
				.param("area", MNQUMA)
				.with(user(officerOf("EC121", MBHASHE))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.area").exists());
		mvc.perform(multipart("/api/v1/documents")
				.file(new MockMultipartFile("file", "platform.pdf", "application/pdf", SampleFiles.pdf()))
				.with(user(admin())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.area").exists());
		assertNothingStoredFor("ward.pdf");
	}

	@Test
	void aDocumentIsDownloadedOnlyInsideTheScope() throws Exception {
		byte[] png = SampleFiles.png();
		String id = upload(officerOf("EC121", MBHASHE), new MockMultipartFile("file", "pipe burst \"ward 1\".png",
				"image/png", png), null).get("id").asString();

		for (String url : List.of("/api/v1/documents/" + id, "/documents/" + id)) {
			mvc.perform(get(url).with(user(officerOf("EC121", MBHASHE))))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "image/png"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Content-Disposition", containsString("attachment")))
				.andExpect(header().string("Content-Disposition", containsString("pipe burst ward 1.png")))
				.andExpect(content().bytes(png));
			mvc.perform(get(url).with(user(auditorOf(MBHASHE.substring(0, "ZA/EC/DC12".length())))))
				.andExpect(status().isOk());
			mvc.perform(get(url).with(user(officerOf("EC122", MNQUMA)))).andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/v1/documents/not-a-document").with(user(admin()))).andExpect(status().isNotFound());
		mvc.perform(get("/documents/00000000-0000-0000-0000-000000000000").with(user(admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListShowsOnlyDocumentsInScope() throws Exception {
		upload(officerOf("EC121", MBHASHE), new MockMultipartFile("file", "mbhashe-targets.xlsx", "", SampleFiles.xlsx()),
				"SDBIP targets");
		upload(officerOf("EC122", MNQUMA), new MockMultipartFile("file", "mnquma-minutes.docx", "", SampleFiles.docx()),
				null);

		mvc.perform(get("/api/v1/documents").param("size", "100").with(user(officerOf("EC122", MNQUMA))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].filename", org.hamcrest.Matchers.hasItem("mnquma-minutes.docx")))
			.andExpect(jsonPath("$.items[*].filename", not(org.hamcrest.Matchers.hasItem("mbhashe-targets.xlsx"))));
		assertThat(documents.list(Scope.of(MBHASHE), "targets", new PageRequestOf(0, 10)).items())
			.extracting(DocumentSummary::filename).containsExactly("mbhashe-targets.xlsx");
		assertThat(documents.list(Scope.of(MBHASHE), "SDBIP", new PageRequestOf(0, 10)).total()).isEqualTo(1);
		assertThat(documents.list(Scope.everything(), "minutes", new PageRequestOf(0, 10)).total()).isEqualTo(1);
	}

	@Test
	void aFailedDatabaseInsertLeavesNoFileBehind() throws IOException {
		List<Path> before = filesUnder(DOCUMENTS);

		assertThatThrownBy(() -> documents.store("orphan.pdf", new ByteArrayInputStream(SampleFiles.pdf()), MBHASHE,
				"AN-ORGANISATION-CODE-FAR-LONGER-THAN-FORTY-CHARACTERS", null))
			.isInstanceOf(DataAccessException.class);

		assertThat(filesUnder(DOCUMENTS)).isEqualTo(before);
		assertNothingStoredFor("orphan.pdf");
	}

	@Test
	void aRolledBackCallerTakesTheFileWithIt() throws IOException {
		List<Path> before = filesUnder(DOCUMENTS);

		assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
			documents.store("evidence.csv", new ByteArrayInputStream(SampleFiles.csv()), MBHASHE, "EC121", "KPI 1");
			throw new IllegalStateException("the KPI actual that needed this evidence was refused");
		})).isInstanceOf(IllegalStateException.class);

		assertThat(filesUnder(DOCUMENTS)).isEqualTo(before);
		assertNothingStoredFor("evidence.csv");
	}

	@Test
	void thePageListsUploadsAndTakesNewOnes() throws Exception {
		ThusongUser officer = officerOf("EC121", MBHASHE);
		MvcResult uploaded = mvc.perform(multipart("/documents")
				.file(new MockMultipartFile("file", "ward-committee.jpg", "image/jpeg", SampleFiles.jpeg()))
				.param("label", "Ward committee meeting")
				.with(user(officer))
				.with(csrf()))
			.andExpect(redirectedUrl("/documents"))
			.andReturn();

		// Sessions live in PostgreSQL (Spring Session): follow the redirect with the session cookie.
		mvc.perform(get("/documents").cookie(uploaded.getResponse().getCookies()).with(user(officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Stored ward-committee.jpg")))
			.andExpect(content().string(containsString("Ward committee meeting")))
			.andExpect(content().string(containsString("Mbhashe Local Municipality (ZA/EC/DC12/EC121)")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		mvc.perform(get("/documents").param("q", "committee").with(user(officerOf("EC122", MNQUMA))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("ward-committee.jpg"))));
		mvc.perform(get("/documents").param("lang", "tr").with(user(officer)))
			.andExpect(content().string(containsString("Belge yükle")));
	}

	@Test
	void thePageExplainsARefusedUpload() throws Exception {
		ThusongUser officer = officerOf("EC121", MBHASHE);
		mvc.perform(multipart("/documents")
				.file(new MockMultipartFile("file", "big.pdf", "application/pdf", SampleFiles.pdfOfSize(70 * 1024)))
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().string(containsString("The file is 70 KB; the limit is 64 KB.")));
		mvc.perform(multipart("/documents")
				.file(new MockMultipartFile("file", "setup.pdf", "application/pdf", SampleFiles.exe()))
				.with(user(officer))
				.with(csrf()))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().string(containsString("PDF, JPEG, PNG, XLSX, DOCX, CSV")));
		mvc.perform(multipart("/documents")
				.file(new MockMultipartFile("file", "platform.pdf", "application/pdf", SampleFiles.pdf()))
				.with(user(admin()))
				.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"area\"")));
		assertNothingStoredFor("big.pdf");
		assertNothingStoredFor("setup.pdf");
	}

	@Test
	void thePlatformAdministratorNamesTheArea() throws Exception {
		mvc.perform(multipart("/documents")
				.file(new MockMultipartFile("file", "national-guideline.pdf", "application/pdf", SampleFiles.pdf()))
				.param("area", "ZA")
				.with(user(admin()))
				.with(csrf()))
			.andExpect(redirectedUrl("/documents"));

		assertThat(documents.list(Scope.of("ZA"), "national", new PageRequestOf(0, 10)).items())
			.extracting(DocumentSummary::areaPath, DocumentSummary::organisationCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ZA", null));
	}

	private JsonNode upload(ThusongUser user, MockMultipartFile file, String label) throws Exception {
		var request = multipart("/api/v1/documents").file(file).with(user(user));
		if (label != null) {
			request.param("label", label);
		}
		String body = mvc.perform(request)
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/documents/")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		return json.readTree(body);
	}

	private void assertNothingStoredFor(String filename) {
		assertThat(jdbc.sql("SELECT count(*) FROM document WHERE filename = :name").param("name", filename)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'document' AND after_state->>'filename' = :name")
			.param("name", filename).query(Integer.class).single()).isZero();
		assertThat(filesUnder(DOCUMENTS.resolve("incoming"))).isEmpty();
	}

	private static List<Path> filesUnder(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

	private static Path temporaryFolder() {
		try {
			Path folder = Files.createTempDirectory("thusong-documents-test");
			folder.toFile().deleteOnExit();
			return folder;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static ThusongUser officerOf(String organisation, String scope) {
		return new ThusongUser(10, "officer-" + organisation, "Officer", Set.of(Role.OFFICER), organisation,
				Scope.of(scope), false, null);
	}

	static ThusongUser auditorOf(String scope) {
		return new ThusongUser(11, "auditor", "Auditor", Set.of(Role.AUDITOR), "EC121", Scope.of(scope), false, null);
	}

	static ThusongUser admin() {
		return new ThusongUser(1, "admin", "Administrator", EnumSet.of(Role.ADMIN), null, Scope.everything(), false, null);
	}
}
