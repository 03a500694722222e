package org.thusong.geography.internal;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Locale;

/**
 * How area names sort and match in their country's language. Turkish names sort with the
 * Turkish collator (Ç after C, İ after I, Ş after S) and fold with Turkish case rules, so that a
 * search for "erzincan", "Erzincan" or "ERZİNCAN" finds the same il; "cayirli" finds "ÇAYIRLI".
 */
public final class AreaNames {

	public static final Locale TURKISH = Locale.forLanguageTag("tr-TR");

	public static final Locale SOUTH_AFRICAN_ENGLISH = Locale.forLanguageTag("en-ZA");

	private AreaNames() {
	}

	public static Locale localeOf(String country) {
		return "TR".equalsIgnoreCase(country) ? TURKISH : SOUTH_AFRICAN_ENGLISH;
	}

	/** A collator for the country's language; not thread-safe, so one per use. */
	public static Collator collator(String country) {
		Collator collator = Collator.getInstance(localeOf(country));
		collator.setStrength(Collator.TERTIARY);
		return collator;
	}

	/**
	 * The bytes whose unsigned order is the country's alphabetical order (for ORDER BY), with
	 * numbers in numeric order: "Ward 2" before "Ward 10", as a person reading the list expects.
	 */
	public static byte[] sortKey(Collator collator, String name) {
		return collator.getCollationKey(padNumbers(name)).toByteArray();
	}

	/** Pads each run of digits to ten places so that text order is numeric order. */
	static String padNumbers(String name) {
		StringBuilder out = new StringBuilder(name.length() + 16);
		int i = 0;
		while (i < name.length()) {
			if (Character.isDigit(name.charAt(i))) {
				int end = i;
				while (end < name.length() && Character.isDigit(name.charAt(end))) {
					end++;
				}
				String digits = name.substring(i, end);
				out.append("0".repeat(Math.max(0, 10 - digits.length()))).append(digits);
				i = end;
			}
			else {
				out.append(name.charAt(i++));
			}
		}
		return out.toString();
	}

	/**
	 * Lower case by the country's rules, then without accents and with the dotless ı as i: the
	 * form used for searching. Searching text is folded the same way.
	 */
	public static String fold(String text, String country) {
		String lower = text.toLowerCase(localeOf(country));
		return foldLower(lower);
	}

	/** Folds a search term whose country is not known: it must match names of both countries. */
	public static String foldQuery(String text) {
		// Turkish lower-casing maps I to ı and İ to i; ı then folds to i below, so both spellings meet.
		return foldLower(text.toLowerCase(TURKISH));
	}

	private static String foldLower(String lower) {
		String decomposed = Normalizer.normalize(lower.replace('ı', 'i'), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) != Character.NON_SPACING_MARK) {
				out.append(c);
			}
		}
		return out.toString().trim().replaceAll("\\s+", " ");
	}

	/** A Turkish name in capitals ("ERZİNCAN MERKEZ") as a reader expects it ("Erzincan Merkez"). */
	public static String turkishTitleCase(String upper) {
		String lower = upper.toLowerCase(TURKISH);
		StringBuilder out = new StringBuilder(lower.length());
		boolean startOfWord = true;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (startOfWord && Character.isLetter(c)) {
				out.append(String.valueOf(c).toUpperCase(TURKISH));
				startOfWord = false;
			}
			else {
				out.append(c);
				if (!Character.isLetterOrDigit(c) && c != '\'') {
					startOfWord = true;
				}
			}
		}
		return out.toString();
	}
}
