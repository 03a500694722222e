package org.thusong.geography.internal;

import org.thusong.core.CsvReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.thusong.geography.AreaLevel;

/**
 * Reads Türkiye's il → ilçe → settlement list in the layout of {@code mahalleler.csv}:
 * {@code il_id,il,ilce_id,ilce,mahalle_id,mahalle}, one row per settlement. The il id is its
 * plate number (Erzincan is 24). Codes: il {@code TR24}, ilçe {@code TR24-1459}, settlement
 * {@code TR24-1459-29327}: the plate keeps them readable, the source ids keep them unique.
 */
public final class TurkishSettlementFile {

	private TurkishSettlementFile() {
	}

	public static String ilCode(String plate) {
		return "TR" + (plate.length() == 1 ? "0" + plate : plate);
	}

	/** The file's areas; any bad row rejects the whole file, naming every bad line. */
	public static List<AreaRecord> read(Reader reader) throws IOException {
		List<ImportRejected.Problem> problems = new ArrayList<>();
		return ImportRejected.unlessAny(problems, read(reader, problems));
	}

	/**
	 * The areas of the file's good rows, the country first; each bad row is added to
	 * {@code problems} with its line and reason.
	 *
	 * @throws ImportRejected when the header is not this layout (nothing else can be read)
	 */
	public static List<AreaRecord> read(Reader reader, List<ImportRejected.Problem> problems) throws IOException {
		Map<String, AreaRecord> provinces = new LinkedHashMap<>();
		Map<String, AreaRecord> districts = new LinkedHashMap<>();
		List<AreaRecord> settlements = new ArrayList<>();
		try (CsvReader csv = new CsvReader(reader)) {
			CsvReader.Row header = csv.next();
			if (header == null || !header.fields().equals(List.of("il_id", "il", "ilce_id", "ilce", "mahalle_id", "mahalle"))) {
				throw new ImportRejected(List.of(new ImportRejected.Problem(1,
						"the header must be il_id,il,ilce_id,ilce,mahalle_id,mahalle")));
			}
			CsvReader.Row next;
			while ((next = csv.next()) != null) {
				final CsvReader.Row row = next;
				if (row.fields().size() == 1 && row.get(0).isBlank()) {
					continue;
				}
				if (row.fields().size() != 6) {
					problems.add(new ImportRejected.Problem(row.line(), "expected 6 fields, found " + row.fields().size()));
					continue;
				}
				String plate = row.get(0).trim();
				String ilceId = row.get(2).trim();
				String settlementId = row.get(4).trim();
				if (!plate.matches("\\d{1,2}") || !ilceId.matches("\\d+") || !settlementId.matches("\\d+")) {
					problems.add(new ImportRejected.Problem(row.line(), "il_id, ilce_id and mahalle_id must be whole numbers"));
					continue;
				}
				String il = row.get(1).trim();
				String ilce = row.get(3).trim();
				String settlement = row.get(5).trim();
				if (il.isEmpty() || ilce.isEmpty() || settlement.isEmpty()) {
					problems.add(new ImportRejected.Problem(row.line(), "il, ilce and mahalle names are required"));
					continue;
				}
				String ilCode = ilCode(plate);
				String ilceCode = ilCode + "-" + ilceId;
				provinces.computeIfAbsent(ilCode, c -> new AreaRecord(row.line(), c, AreaNames.turkishTitleCase(il),
						AreaLevel.IL, null, "TR", null, null, null, null));
				districts.computeIfAbsent(ilceCode, c -> new AreaRecord(row.line(), c, AreaNames.turkishTitleCase(ilce),
						AreaLevel.ILCE, null, ilCode, null, null, null, null));
				settlements.add(new AreaRecord(row.line(), ilceCode + "-" + settlementId,
						AreaNames.turkishTitleCase(settlement), AreaLevel.MAHALLE, kindOf(settlement), ilceCode, null, null,
						null, null));
			}
		}
		catch (CsvReader.MalformedCsv e) {
			problems.add(new ImportRejected.Problem(e.line(), e.reason()));
		}
		List<AreaRecord> all = new ArrayList<>(1 + provinces.size() + districts.size() + settlements.size());
		all.add(new AreaRecord(0, "TR", "Türkiye", AreaLevel.COUNTRY, null, null, null, null, null, null));
		all.addAll(provinces.values());
		all.addAll(districts.values());
		all.addAll(settlements);
		return all;
	}

	/** The kind of settlement, read from the last word of its official name. */
	static String kindOf(String name) {
		String upper = name.toUpperCase(AreaNames.TURKISH);
		if (upper.endsWith("MAHALLESİ")) {
			return "mahalle";
		}
		if (upper.endsWith("KÖYÜ")) {
			return "koy";
		}
		if (upper.endsWith("MEVKİİ")) {
			return "mevkii";
		}
		if (upper.endsWith("MEZRASI")) {
			return "mezra";
		}
		return "other";
	}
}
