package org.thusong.geography.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.thusong.core.InvalidInput;

/** The layouts an area hierarchy can be imported from, each for one country. */
public enum AreaFileFormat {

	/** The Municipal Demarcation Board's hierarchy, as {@link SouthAfricanAreaFile} reads it. */
	SOUTH_AFRICAN_MDB("za-mdb", "ZA"),

	/** Türkiye's il → ilçe → settlement list, as {@link TurkishSettlementFile} reads it. */
	TURKISH_SETTLEMENTS("tr-mahalle", "TR");

	private final String id;

	private final String country;

	AreaFileFormat(String id, String country) {
		this.id = id;
		this.country = country;
	}

	/** The name used by the form and the API, e.g. {@code za-mdb}. */
	public String id() {
		return id;
	}

	public String country() {
		return country;
	}

	public String messageKey() {
		return "geography.areaImport.format." + id;
	}

	/**
	 * The file's good rows; each bad row is added to {@code problems}.
	 *
	 * @throws ImportRejected when the header is not this layout
	 */
	public List<AreaRecord> read(Reader reader, List<ImportRejected.Problem> problems) throws IOException {
		return this == SOUTH_AFRICAN_MDB ? SouthAfricanAreaFile.read(reader, problems) : TurkishSettlementFile.read(reader, problems);
	}

	/** The format with this name, or a 400 naming the field {@code format}. */
	public static AreaFileFormat parse(String text) {
		String names = Arrays.stream(values()).map(AreaFileFormat::id).collect(Collectors.joining(", "));
		if (text == null || text.isBlank()) {
			throw new InvalidInput("format", "is required: one of " + names);
		}
		return Arrays.stream(values())
			.filter(f -> f.id.equals(text.trim().toLowerCase(Locale.ROOT)))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("format", "must be one of " + names + "; not '" + text.trim() + "'"));
	}
}
