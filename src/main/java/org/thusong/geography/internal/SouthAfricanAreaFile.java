package org.thusong.geography.internal;

import org.thusong.core.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.thusong.geography.AreaLevel;

/**
 * Reads a Municipal Demarcation Board hierarchy in the layout of {@code areas-2016.csv}:
 * {@code level,code,name,parent_level,parent_code[,category,miif_category,square_km,population]},
 * with empty or {@code \N} for no value.
 */
public final class SouthAfricanAreaFile {

	private static final List<AreaLevel> LEVELS = List.of(AreaLevel.COUNTRY, AreaLevel.PROVINCE, AreaLevel.DISTRICT,
			AreaLevel.MUNICIPALITY, AreaLevel.WARD);

	private SouthAfricanAreaFile() {
	}

	/** The file's areas; any bad row rejects the whole file, naming every bad line. */
	public static List<AreaRecord> read(Reader reader) throws IOException {
		List<ImportRejected.Problem> problems = new ArrayList<>();
		return ImportRejected.unlessAny(problems, read(reader, problems));
	}

	/**
	 * The file's good rows; each bad row is added to {@code problems} with its line and reason,
	 * so that a caller can check the good rows further and report everything at once.
	 *
	 * @throws ImportRejected when the header is not this layout (nothing else can be read)
	 */
	public static List<AreaRecord> read(Reader reader, List<ImportRejected.Problem> problems) throws IOException {
		List<AreaRecord> records = new ArrayList<>();
		try (CsvReader csv = new CsvReader(reader)) {
			CsvReader.Row header = csv.next();
			if (header == null || !header.fields().subList(0, Math.min(5, header.fields().size()))
				.equals(List.of("level", "code", "name", "parent_level", "parent_code"))) {
				throw new ImportRejected(List.of(new ImportRejected.Problem(1,
						"the header must begin with level,code,name,parent_level,parent_code")));
			}
			List<String> columns = header.fields();
			int category = columns.indexOf("category");
			int miif = columns.indexOf("miif_category");
			int squareKm = columns.indexOf("square_km");
			int population = columns.indexOf("population");
			for (CsvReader.Row row = csv.next(); row != null; row = csv.next()) {
				if (row.fields().size() == 1 && row.get(0).isBlank()) {
					continue;
				}
				if (row.fields().size() != columns.size()) {
					problems.add(new ImportRejected.Problem(row.line(),
							"expected " + columns.size() + " fields, found " + row.fields().size()));
					continue;
				}
				try {
					records.add(parse(row, category, miif, squareKm, population));
				}
				catch (IllegalArgumentException e) {
					problems.add(new ImportRejected.Problem(row.line(), e.getMessage()));
				}
			}
		}
		catch (CsvReader.MalformedCsv e) {
			problems.add(new ImportRejected.Problem(e.line(), e.reason()));
		}
		return records;
	}

	private static AreaRecord parse(CsvReader.Row row, int category, int miif, int squareKm, int population) {
		String levelText = value(row.get(0));
		AreaLevel level = levelText == null ? null : LEVELS.stream()
			.filter(l -> l.name().equalsIgnoreCase(levelText))
			.findFirst()
			.orElse(null);
		if (level == null) {
			throw new IllegalArgumentException("level '" + row.get(0) + "' is not one of country, province, district, municipality, ward");
		}
		String code = value(row.get(1));
		if (code == null || code.length() > 40 || code.contains("/")) {
			throw new IllegalArgumentException("code is required, at most 40 characters, without '/'");
		}
		String name = value(row.get(2));
		if (name == null || name.length() > 200) {
			throw new IllegalArgumentException("name is required, at most 200 characters");
		}
		String parent = value(row.get(4));
		if (parent == null && level != AreaLevel.COUNTRY) {
			throw new IllegalArgumentException("parent_code is required for a " + levelText);
		}
		return new AreaRecord(row.line(), code, name, level, null, parent, category < 0 ? null : value(row.get(category)),
				miif < 0 ? null : value(row.get(miif)), decimal(row, squareKm, "square_km"), whole(row, population, "population"));
	}

	private static String value(String field) {
		if (field == null) {
			return null;
		}
		String trimmed = field.trim();
		return trimmed.isEmpty() || trimmed.equals("\\N") ? null : trimmed;
	}

	private static BigDecimal decimal(CsvReader.Row row, int index, String column) {
		String text = index < 0 ? null : value(row.get(index));
		if (text == null) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(column + " '" + text + "' is not a number");
		}
	}

	private static Long whole(CsvReader.Row row, int index, String column) {
		String text = index < 0 ? null : value(row.get(index));
		if (text == null) {
			return null;
		}
		try {
			return Long.parseLong(text);
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException(column + " '" + text + "' is not a whole number");
		}
	}
}
