package org.thusong.documents.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.documents.DocumentId;
import org.thusong.documents.DocumentSummary;
import org.thusong.documents.DocumentType;

/**
 * The documents' metadata rows. Every read takes the reader's scope: a document outside it is
 * simply not there.
 */
@Component
public class DocumentCatalogue {

	private static final String COLUMNS = """
			id, filename, label, media_type, size_bytes, sha256, area_path, organisation_code, uploaded_by, uploaded_at""";

	private final JdbcClient jdbc;

	DocumentCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void add(DocumentSummary document) {
		jdbc.sql("INSERT INTO document (" + COLUMNS + """
				) VALUES (:id, :filename, :label, :mediaType, :size, :sha256, :areaPath, :organisationCode,
				          :uploadedBy, :uploadedAt)""")
			.param("id", document.id().value())
			.param("filename", document.filename())
			.param("label", document.label())
			.param("mediaType", document.mediaType())
			.param("size", document.size())
			.param("sha256", document.sha256())
			.param("areaPath", document.areaPath())
			.param("organisationCode", document.organisationCode())
			.param("uploadedBy", document.uploadedBy())
			.param("uploadedAt", Timestamp.from(document.uploadedAt()))
			.update();
	}

	public Optional<DocumentSummary> find(DocumentId id, Scope scope) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE id = :id AND area_path LIKE ANY (:patterns)")
			.param("id", id.value())
			.param("patterns", scope.likePatternArray())
			.query(DocumentCatalogue::summary)
			.optional();
	}

	/** Newest first; {@code nameContains} looks in the file name and the label. */
	public PageOf<DocumentSummary> list(Scope scope, String nameContains, PageRequestOf pageRequest) {
		String where = "area_path LIKE ANY (:patterns)";
		String text = null;
		if (nameContains != null && !nameContains.isBlank()) {
			where += " AND (filename ILIKE :text OR label ILIKE :text)";
			text = "%" + nameContains.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		}
		JdbcClient.StatementSpec count = jdbc.sql("SELECT count(*) FROM document WHERE " + where)
			.param("patterns", scope.likePatternArray());
		JdbcClient.StatementSpec select = jdbc.sql("SELECT " + COLUMNS + " FROM document WHERE " + where
				+ " ORDER BY uploaded_at DESC, id LIMIT :limit OFFSET :offset")
			.param("patterns", scope.likePatternArray())
			.param("limit", pageRequest.size())
			.param("offset", pageRequest.offset());
		if (text != null) {
			count = count.param("text", text);
			select = select.param("text", text);
		}
		long total = count.query(Long.class).single();
		List<DocumentSummary> items = select.query(DocumentCatalogue::summary).list();
		return new PageOf<>(items, pageRequest.page(), pageRequest.size(), total);
	}

	private static DocumentSummary summary(ResultSet rs, int row) throws SQLException {
		String mediaType = rs.getString("media_type");
		DocumentType type = DocumentType.ofMediaType(mediaType)
			.orElseThrow(() -> new IllegalStateException("Unknown media type in document table: " + mediaType));
		return new DocumentSummary(new DocumentId(rs.getObject("id", UUID.class)), rs.getString("filename"),
				rs.getString("label"), type, rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("area_path"),
				rs.getString("organisation_code"), rs.getString("uploaded_by"),
				rs.getObject("uploaded_at", OffsetDateTime.class).toInstant());
	}
}
