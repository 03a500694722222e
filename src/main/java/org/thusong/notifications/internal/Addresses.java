package org.thusong.notifications.internal;

import java.util.regex.Pattern;

import org.thusong.core.InvalidInput;

/**
 * The rules a recipient must meet before a message is queued: a message that can never be
 * delivered is refused at once, naming the field, rather than failing ten times later.
 */
public final class Addresses {

	/** RFC 5321's limits: 64 characters before the {@code @}, 254 in all. */
	private static final int MAX_EMAIL = 254;

	private static final int MAX_LOCAL_PART = 64;

	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
					+ "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

	/** E.164: a {@code +}, a country code not starting with 0, at most 15 digits in all. */
	private static final Pattern INTERNATIONAL = Pattern.compile("\\+[1-9][0-9]{8,14}");

	/** A number as dialled inside the country, e.g. {@code 0821234567} or {@code 05321234567}. */
	private static final Pattern LOCAL = Pattern.compile("[0-9]{9,15}");

	/** What people write between digits: spaces, hyphens, dots, brackets. */
	private static final Pattern SEPARATORS = Pattern.compile("[\\s().-]");

	private Addresses() {
	}

	/**
	 * @return the address without surrounding spaces
	 * @throws InvalidInput naming {@code field} when it is not a plain address such as
	 * {@code name@example.org}
	 */
	public static String email(String field, String address) {
		String text = address == null ? "" : address.strip();
		if (text.isEmpty()) {
			throw new InvalidInput(field, "is required");
		}
		int at = text.lastIndexOf('@');
		if (text.length() > MAX_EMAIL || at > MAX_LOCAL_PART || !EMAIL.matcher(text).matches()) {
			throw new InvalidInput(field, "must be an e-mail address such as name@example.org");
		}
		return text;
	}

	/**
	 * @return the number with spaces, hyphens, dots and brackets removed, e.g. {@code +27821234567}
	 * @throws InvalidInput naming {@code field} unless it is {@code +} and 9 to 15 digits
	 * (international, e.g. {@code +27 82 123 4567}, {@code +90 532 123 45 67}) or 9 to 15 digits
	 * as dialled locally
	 */
	public static String phone(String field, String number) {
		String text = number == null ? "" : SEPARATORS.matcher(number).replaceAll("");
		if (text.isEmpty()) {
			throw new InvalidInput(field, "is required");
		}
		if (!INTERNATIONAL.matcher(text).matches() && !LOCAL.matcher(text).matches()) {
			throw new InvalidInput(field,
					"must be a phone number: + and country code (e.g. +27821234567, +905321234567) or 9 to 15 digits");
		}
		return text;
	}
}
