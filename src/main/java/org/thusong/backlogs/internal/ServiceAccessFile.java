package org.thusong.backlogs.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.thusong.backlogs.BasicService;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.AreaPaths.AreaPath;

/**
 * Reads and checks a ward service-access file: the columns of Thusong's shipped census file
 * ({@code level,service,survey_year,unit,boundary_year,area_code,answer,count}). Every row must
 * name a ward of the demarcation its {@code boundary_year} names, a known service and an answer
 * the norm mapping knows, a whole count of 0 or more, and one unit per service, survey and
 * demarcation. All problems are collected by line before anything is written.
 */
public final class ServiceAccessFile {

	public static final int MAX_PROBLEMS = 50;

	static final List<String> COLUMNS = List.of("level", "service", "survey_year", "unit", "boundary_year", "area_code",
			"answer", "count");

	/** One checked ward row. */
	public record Row(int line, String demarcation, AreaPath ward, BasicService service, int surveyYear, String unit,
			String answer, long count) {
	}

	/** The file's checked rows. */
	public record Checked(List<Row> rows) {
	}

	/** What the checker needs to know: the areas of a demarcation, and the answers of a service. */
	public interface Context {

		/** The areas of the demarcation by upper-case code, or null if no such demarcation is loaded. */
		Map<String, AreaPath> areas(String demarcation);

		/** The answers the norm mapping knows for a service. */
		Set<String> answers(BasicService service);

		/** The unit already held for a service and survey year on a demarcation, or null. */
		String unitHeld(String demarcation, BasicService service, int surveyYear);
	}

	private ServiceAccessFile() {
	}

	/** The demarcation a boundary year names (South Africa's census file): 2011 means ZA-2011. */
	public static String demarcationOf(String boundaryYear) {
		return "ZA-" + boundaryYear.trim();
	}

	public static Checked read(Reader source, Context context) throws IOException {
		BufferedReader reader = source instanceof BufferedReader b ? b : new BufferedReader(source, 1 << 16);
		List<ServiceAccessRejected.Problem> problems = new ArrayList<>();
		int[] problemCount = { 0 };
		String header = reader.readLine();
		if (header == null) {
			throw new ServiceAccessRejected(List.of(new ServiceAccessRejected.Problem(0, "file", "is empty")), 1);
		}
		List<String> names = split(strip(header));
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < names.size(); i++) {
			index.put(names.get(i).trim().toLowerCase(Locale.ROOT), i);
		}
		List<String> missing = COLUMNS.stream().filter(c -> !index.containsKey(c)).toList();
		if (!missing.isEmpty()) {
			throw new ServiceAccessRejected(List.of(new ServiceAccessRejected.Problem(1, "header",
					"lacks the column(s) " + String.join(", ", missing) + "; expected " + String.join(",", COLUMNS))), 1);
		}
		int[] at = COLUMNS.stream().mapToInt(index::get).toArray();
		Map<String, Map<String, AreaPath>> areasByDemarcation = new HashMap<>();
		Map<BasicService, Set<String>> answers = new HashMap<>();
		Map<String, String> units = new HashMap<>();
		Set<String> seen = new HashSet<>(1 << 19);
		List<Row> rows = new ArrayList<>(1 << 18);
		String text;
		int line = 1;
		while ((text = reader.readLine()) != null) {
			line++;
			text = strip(text);
			if (text.isBlank()) {
				continue;
			}
			List<String> cells = split(text);
			if (cells.size() < names.size()) {
				problem(problems, problemCount, line, "row", "has " + cells.size() + " columns, the header has " + names.size());
				continue;
			}
			String level = cells.get(at[0]).trim();
			String serviceText = cells.get(at[1]).trim();
			String yearText = cells.get(at[2]).trim();
			String unit = cells.get(at[3]).trim().toLowerCase(Locale.ROOT);
			String boundaryYear = cells.get(at[4]).trim();
			String areaCode = cells.get(at[5]).trim();
			String answer = cells.get(at[6]).trim();
			String countText = cells.get(at[7]).trim();
			boolean ok = true;
			if (!"ward".equalsIgnoreCase(level)) {
				ok = problem(problems, problemCount, line, "level", "must be ward (totals above wards are rolled up, never loaded), not '" + level + "'");
			}
			BasicService service = BasicService.find(serviceText);
			if (service == null) {
				ok = problem(problems, problemCount, line, "service", "must be one of water, sanitation, refuse, electricity, roads; not '" + serviceText + "'");
			}
			int year = parseYear(yearText);
			if (year == 0) {
				ok = problem(problems, problemCount, line, "survey_year", "must be a year between 1990 and 2100, not '" + yearText + "'");
			}
			if (!unit.equals("households") && !unit.equals("persons")) {
				ok = problem(problems, problemCount, line, "unit", "must be households or persons, not '" + unit + "'");
			}
			long count = -1;
			try {
				count = Long.parseLong(countText);
			}
			catch (NumberFormatException e) {
				// reported below
			}
			if (count < 0) {
				ok = problem(problems, problemCount, line, "count", "must be a whole number of 0 or more, not '" + countText + "'");
			}
			String demarcation = parseYear(boundaryYear) == 0 ? null : demarcationOf(boundaryYear);
			Map<String, AreaPath> areas = demarcation == null ? null
					: areasByDemarcation.computeIfAbsent(demarcation, d -> {
						Map<String, AreaPath> found = context.areas(d);
						return found == null ? Map.of() : found;
					});
			AreaPath ward = null;
			if (areas == null || areas.isEmpty()) {
				ok = problem(problems, problemCount, line, "boundary_year", "names no loaded demarcation: '" + boundaryYear + "'");
			}
			else {
				ward = areas.get(areaCode.toUpperCase(Locale.ROOT));
				if (ward == null) {
					ok = problem(problems, problemCount, line, "area_code", "no area of " + demarcation + " has the code '" + areaCode + "'");
				}
				else if (ward.level() != AreaLevel.WARD) {
					ok = problem(problems, problemCount, line, "area_code", areaCode + " is a " + ward.level().name().toLowerCase(Locale.ROOT) + ", not a ward");
				}
			}
			if (service != null && !answers.computeIfAbsent(service, context::answers).contains(answer)) {
				ok = problem(problems, problemCount, line, "answer", "'" + answer + "' is not an answer the norm mapping knows for " + service.code()
						+ " (an admin adds it under Backlogs, norm mapping)");
			}
			if (!ok) {
				continue;
			}
			String groupKey = demarcation + "|" + service + "|" + year;
			String unitBefore = units.computeIfAbsent(groupKey, k -> {
				String held = context.unitHeld(demarcation, service, year);
				return held == null ? unit : held;
			});
			if (!unitBefore.equals(unit)) {
				problem(problems, problemCount, line, "unit", "is '" + unit + "' but " + service.code() + " " + year + " on " + demarcation
						+ " is counted in " + unitBefore + ": one unit per service, survey and demarcation");
				continue;
			}
			if (!seen.add(groupKey + "|" + ward.code() + "|" + answer)) {
				problem(problems, problemCount, line, "answer", "'" + answer + "' for ward " + ward.code() + ", " + service.code() + " " + year
						+ " appears twice in the file");
				continue;
			}
			rows.add(new Row(line, demarcation, ward, service, year, unit, answer, count));
		}
		if (problemCount[0] > 0) {
			throw new ServiceAccessRejected(problems, problemCount[0]);
		}
		if (rows.isEmpty()) {
			throw new ServiceAccessRejected(List.of(new ServiceAccessRejected.Problem(0, "file", "has no rows below the header")), 1);
		}
		return new Checked(rows);
	}

	private static boolean problem(List<ServiceAccessRejected.Problem> problems, int[] count, int line, String field, String rule) {
		count[0]++;
		if (problems.size() < MAX_PROBLEMS) {
			problems.add(new ServiceAccessRejected.Problem(line, field, rule));
		}
		return false;
	}

	private static int parseYear(String text) {
		try {
			int year = Integer.parseInt(text.trim());
			return year >= 1990 && year <= 2100 ? year : 0;
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	private static String strip(String line) {
		if (!line.isEmpty() && line.charAt(0) == '\uFEFF') {
			line = line.substring(1);
		}
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}

	/** One CSV line into cells: commas, and double quotes around cells that hold commas or quotes. */
	static List<String> split(String line) {
		List<String> cells = new ArrayList<>(8);
		if (line.indexOf('"') < 0) {
			int start = 0;
			int comma;
			while ((comma = line.indexOf(',', start)) >= 0) {
				cells.add(line.substring(start, comma));
				start = comma + 1;
			}
			cells.add(line.substring(start));
			return cells;
		}
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
						cell.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}
}
