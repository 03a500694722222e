package org.thusong.geography.internal.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.thusong.geography.internal.AreaNames;

/**
 * Joins a file's features to areas by code or by name. Codes compare without regard to case.
 * Names compare folded the country's way (Turkish case rules, accents dropped, dotted and
 * dotless i alike, spaces and punctuation ignored: "Ilıç" meets "İliç", "Marmara Ereğlisi"
 * meets "MARMARAEREĞLİSİ"). A provincial centre's district, written "Erzincan merkez",
 * "Bilecik (merkez)" or "Afyonkarahisar (Merkez İlçe)", is the ilçe "Merkez", unless the name
 * left when "merkez" is taken away is itself an ilçe ("Antakya (merkez)" is Antakya). As a last
 * resort a name one letter away from exactly one area of the same parent matches ("Karakeçeli"
 * for Karakeçili); every such near match is listed in the result. Several features joined to one
 * area are united (islands often come as separate features).
 */
public final class BoundaryJoin {

	private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

	private static final Pattern CENTRE_WORDS = Pattern.compile("\\b(merkezi|merkez|ilce)\\b");

	/** A feature that found its area. */
	public record Joined(String code, Geometry geometry, List<Integer> features) {
	}

	/** A feature that did not, and why. */
	public record Unmatched(int feature, String value, String reason) {

		@Override
		public String toString() {
			return "feature " + feature + " '" + value + "': " + reason;
		}
	}

	/** The outcome: areas with their geometry, features that did not match, and near name matches. */
	public record Result(List<Joined> joined, List<Unmatched> unmatched, List<String> nearMatches, int features) {

		public int matchedFeatures() {
			return features - unmatched.size();
		}
	}

	private BoundaryJoin() {
	}

	public static Result join(List<GeoFeature> features, JoinSpec spec, List<JoinArea> areas, String country,
			java.util.function.IntConsumer progress) {
		Map<String, Geometry> byArea = new LinkedHashMap<>();
		Map<String, List<Integer>> featuresByArea = new HashMap<>();
		List<Unmatched> unmatched = new ArrayList<>();
		List<String> near = new ArrayList<>();
		Matcher matcher = spec.joinBy() == JoinBy.CODE ? new CodeMatcher(areas) : new NameMatcher(areas, country);
		int done = 0;
		for (GeoFeature feature : features) {
			String value = feature.property(spec.property());
			String parent = spec.parentProperty() == null ? null : feature.property(spec.parentProperty());
			Geometry geometry = Geometries.polygonalAndValid(feature.geometry());
			if (value == null) {
				unmatched.add(new Unmatched(feature.index(), "", "has no property '" + spec.property() + "'"));
			}
			else if (geometry == null) {
				unmatched.add(new Unmatched(feature.index(), value, "has no polygon"));
			}
			else if (spec.parentProperty() != null && parent == null) {
				unmatched.add(new Unmatched(feature.index(), value, "has no property '" + spec.parentProperty() + "'"));
			}
			else {
				Match match = matcher.match(value, parent);
				if (match.code() == null) {
					unmatched.add(new Unmatched(feature.index(), parent == null ? value : parent + " / " + value, match.reason()));
				}
				else {
					if (match.reason() != null) {
						near.add("feature " + feature.index() + " '" + value + "' " + match.reason());
					}
					byArea.merge(match.code(), geometry, (a, b) -> Geometries.polygonalAndValid(UnaryUnionOp.union(List.of(a, b))));
					featuresByArea.computeIfAbsent(match.code(), c -> new ArrayList<>()).add(feature.index());
				}
			}
			done++;
			if (progress != null && (done % 200 == 0 || done == features.size())) {
				progress.accept(done);
			}
		}
		List<Joined> joined = new ArrayList<>(byArea.size());
		byArea.forEach((code, geometry) -> joined.add(new Joined(code, geometry, featuresByArea.get(code))));
		return new Result(joined, unmatched, near, features.size());
	}

	/** A match: the area code, or null with the reason; a non-null reason with a code marks a near match. */
	record Match(String code, String reason) {
	}

	interface Matcher {
		Match match(String value, String parent);
	}

	static final class CodeMatcher implements Matcher {

		private final Map<String, String> codes = new HashMap<>();

		CodeMatcher(List<JoinArea> areas) {
			areas.forEach(a -> codes.put(a.code().toUpperCase(Locale.ROOT), a.code()));
		}

		@Override
		public Match match(String value, String parent) {
			String code = codes.get(value.trim().toUpperCase(Locale.ROOT));
			return code != null ? new Match(code, null) : new Match(null, "no area has this code");
		}
	}

	static final class NameMatcher implements Matcher {

		private final String country;

		/** parent key → name key → codes (a name may be shared by several areas). */
		private final Map<String, Map<String, List<String>>> index = new HashMap<>();

		private final Map<String, List<String>> anyParent = new HashMap<>();

		NameMatcher(List<JoinArea> areas, String country) {
			this.country = country;
			for (JoinArea area : areas) {
				String name = key(area.name());
				String parent = area.parentName() == null ? "" : key(area.parentName());
				index.computeIfAbsent(parent, p -> new HashMap<>()).computeIfAbsent(name, n -> new ArrayList<>()).add(area.code());
				anyParent.computeIfAbsent(name, n -> new ArrayList<>()).add(area.code());
			}
		}

		String key(String name) {
			return NOT_ALNUM.matcher(AreaNames.fold(name, country)).replaceAll("");
		}

		@Override
		public Match match(String value, String parent) {
			Map<String, List<String>> names;
			if (parent != null) {
				names = index.get(key(parent));
				if (names == null) {
					return new Match(null, "no parent area is named '" + parent + "'");
				}
			}
			else {
				names = anyParent;
			}
			String parentKey = parent == null ? null : key(parent);
			for (String candidate : candidates(value, parentKey)) {
				List<String> codes = names.get(candidate);
				if (codes != null && codes.size() == 1) {
					return new Match(codes.get(0), null);
				}
				if (codes != null) {
					return new Match(null, "the name fits " + codes.size() + " areas (" + String.join(", ", codes)
							+ "): name the parent too, or join by code");
				}
			}
			String wanted = key(value);
			List<String> close = new ArrayList<>();
			String closeName = null;
			if (wanted.length() >= 5) {
				for (Map.Entry<String, List<String>> entry : names.entrySet()) {
					if (entry.getValue().size() == 1 && withinOneEdit(wanted, entry.getKey())) {
						close.add(entry.getValue().get(0));
						closeName = entry.getKey();
					}
				}
			}
			if (close.size() == 1) {
				return new Match(close.get(0), "matched " + close.get(0) + " ('" + closeName + "') by a one-letter difference");
			}
			return new Match(null, "no area of that name" + (parent == null ? "" : " in " + parent));
		}

		/** The name as written; without "merkez" words and brackets; then "merkez" itself. */
		List<String> candidates(String value, String parentKey) {
			List<String> out = new ArrayList<>(3);
			String folded = AreaNames.fold(value, country);
			out.add(NOT_ALNUM.matcher(folded).replaceAll(""));
			String withoutCentre = CENTRE_WORDS.matcher(folded.replaceAll("[()]", " ")).replaceAll(" ");
			if (!withoutCentre.trim().equals(folded.replaceAll("[()]", " ").trim())) {
				String rest = NOT_ALNUM.matcher(withoutCentre).replaceAll("");
				if (!rest.isEmpty() && !rest.equals(parentKey)) {
					out.add(rest);
				}
				out.add("merkez");
			}
			return out;
		}

		/** Whether two words differ by at most one insertion, deletion, substitution or swap of neighbours. */
		static boolean withinOneEdit(String a, String b) {
			if (a.equals(b)) {
				return true;
			}
			int la = a.length(), lb = b.length();
			if (Math.abs(la - lb) > 1) {
				return false;
			}
			int i = 0;
			while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) {
				i++;
			}
			if (la == lb) {
				if (a.substring(i + 1).equals(b.substring(i + 1))) {
					return true;
				}
				return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
						&& a.substring(i + 2).equals(b.substring(i + 2));
			}
			return la > lb ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
		}
	}
}
