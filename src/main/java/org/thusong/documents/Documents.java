package org.thusong.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.thusong.audit.AuditTrail;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.documents.internal.ContentTypeDetector;
import org.thusong.documents.internal.DocumentCatalogue;
import org.thusong.documents.internal.DocumentFiles;
import org.thusong.documents.internal.DocumentSettings;
import org.thusong.documents.internal.ReceivedFile;
import org.thusong.documents.internal.SafeFilename;

/**
 * The documents module's public API: other modules (planning evidence, request photos) store a
 * file here and keep its {@link DocumentId}.
 * <p>
 * Storing streams the bytes to a temporary file (counting them and computing the SHA-256 on the way,
 * stopping at the size limit), checks the content's type, moves the file into place, then writes
 * the metadata row, the audit entry and the {@link DocumentStored} event in the caller's
 * transaction. If that transaction rolls back, the file is removed again, so no file outlives its
 * row. Reading always takes the reader's {@link Scope}: outside it a document does not exist.
 */
@Service
public class Documents {

	private static final Logger log = LoggerFactory.getLogger(Documents.class);

	private static final Pattern AREA_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

	private static final int MAX_LABEL = 200;

	private final DocumentFiles files;

	private final ContentTypeDetector detector;

	private final DocumentCatalogue catalogue;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final DataSize maxSize;

	Documents(DocumentFiles files, ContentTypeDetector detector, DocumentCatalogue catalogue, AuditTrail audit,
			ApplicationEventPublisher events, DocumentSettings settings) {
		this.files = files;
		this.detector = detector;
		this.catalogue = catalogue;
		this.audit = audit;
		this.events = events;
		this.maxSize = settings.maxSize();
	}

	/** The largest file {@code store} accepts. */
	public DataSize maxSize() {
		return maxSize;
	}

	/**
	 * Stores an uploaded file; its size is known before a byte is read, so an oversized file is
	 * refused at once.
	 *
	 * @param filename the name to keep, or {@code null} for the name the client sent
	 * @see #store(String, InputStream, String, String, String)
	 */
	@Transactional
	public DocumentSummary store(String filename, MultipartFile file, String areaPath, String organisationCode,
			String label) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInput("file", "choose a file that is not empty");
		}
		if (file.getSize() > maxSize.toBytes()) {
			throw new DocumentTooLarge(maxSize, file.getSize());
		}
		try (InputStream content = file.getInputStream()) {
			return store(filename != null ? filename : file.getOriginalFilename(), content, file.getSize(), areaPath,
					organisationCode, label);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Stores a file read from a stream.
	 *
	 * @param filename the file's name; it names downloads and, for CSV, is part of the type check
	 * @param areaPath the code path of the area the document belongs to, e.g. {@code ZA/EC/DC12/EC121}
	 * @param organisationCode the owning organisation, or {@code null} for a platform document
	 * @param label what the document is, e.g. "Q1 evidence for KPI 3.2", or {@code null}
	 * @throws DocumentTooLarge over {@link #maxSize()}
	 * @throws UnsupportedDocumentType when the content is none of the {@link DocumentType}s
	 * @throws InvalidInput for an empty file, a malformed area path or an over-long label
	 */
	@Transactional
	public DocumentSummary store(String filename, InputStream content, String areaPath, String organisationCode,
			String label) {
		try {
			return store(filename, content, null, areaPath, organisationCode, label);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private DocumentSummary store(String rawFilename, InputStream content, Long knownSize, String areaPath,
			String organisationCode, String rawLabel) throws IOException {
		String area = checkedAreaPath(areaPath);
		String label = checkedLabel(rawLabel);
		String filename = SafeFilename.of(rawFilename);
		try (ReceivedFile received = files.receive(content, maxSize, knownSize)) {
			if (received.size() == 0) {
				throw new InvalidInput("file", "choose a file that is not empty");
			}
			DocumentType type = detector.detect(received.path(), filename).orElseThrow(UnsupportedDocumentType::new);
			DocumentId id = DocumentId.random();
			Path stored = files.keep(received, id);
			removeIfRolledBack(stored);
			DocumentSummary document = new DocumentSummary(id, filename, label, type, received.size(), received.sha256(),
					area, blankToNull(organisationCode), currentUser(), Instant.now().truncatedTo(ChronoUnit.MICROS));
			catalogue.add(document);
			audit.record("document", id.toString(), "uploaded", area, null, auditedState(document));
			events.publishEvent(new DocumentStored(id, area, document.sha256()));
			return document;
		}
	}

	/** The document's metadata, if it exists inside the scope. */
	@Transactional(readOnly = true)
	public Optional<DocumentSummary> find(DocumentId id, Scope scope) {
		return catalogue.find(id, scope);
	}

	/**
	 * Opens a document for download.
	 *
	 * @throws NotFound when it does not exist or lies outside the scope (the two look the same)
	 */
	@Transactional(readOnly = true)
	public DocumentContent open(DocumentId id, Scope scope) {
		DocumentSummary document = catalogue.find(id, scope).orElseThrow(() -> notFound(id));
		Path file = files.pathOf(id);
		if (!Files.isRegularFile(file)) {
			log.error("Document {} has a row but no file at {}", id, file);
			throw notFound(id);
		}
		return new DocumentContent(document, new FileSystemResource(file));
	}

	/** The documents inside the scope, newest first; {@code nameContains} searches names and labels. */
	@Transactional(readOnly = true)
	public PageOf<DocumentSummary> list(Scope scope, String nameContains, PageRequestOf pageRequest) {
		return catalogue.list(scope, nameContains, pageRequest);
	}

	private void removeIfRolledBack(Path stored) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					files.discard(stored);
				}
			}
		});
	}

	private static Map<String, Object> auditedState(DocumentSummary document) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("filename", document.filename());
		state.put("label", document.label());
		state.put("type", document.type().name());
		state.put("size", document.size());
		state.put("sha256", document.sha256());
		state.put("areaPath", document.areaPath());
		state.put("organisationCode", document.organisationCode());
		return state;
	}

	private static String checkedAreaPath(String areaPath) {
		String path = areaPath == null ? "" : areaPath.strip();
		if (path.length() > 200 || !AREA_PATH.matcher(path).matches()) {
			throw new InvalidInput("area", "must be an area code path such as ZA/EC/DC12/EC121");
		}
		return path;
	}

	private static String checkedLabel(String label) {
		String text = blankToNull(label);
		if (text != null && text.length() > MAX_LABEL) {
			throw new InvalidInput("label", "must be at most " + MAX_LABEL + " characters");
		}
		return text;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static NotFound notFound(DocumentId id) {
		return new NotFound("No document " + id);
	}

	private static String currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
			return AuditTrail.SYSTEM;
		}
		return authentication.getName();
	}
}
