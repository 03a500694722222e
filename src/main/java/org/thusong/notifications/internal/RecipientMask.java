package org.thusong.notifications.internal;

/**
 * Hides most of an address on screens and in logs, keeping enough to tell messages apart and to
 * recognise one's own: {@code thandi@example.org} becomes {@code t***@example.org},
 * {@code +27821234567} becomes {@code +2782***4567}.
 */
public final class RecipientMask {

	private static final String HIDDEN = "***";

	private RecipientMask() {
	}

	public static String email(String address) {
		if (address == null || address.isEmpty()) {
			return "";
		}
		int at = address.lastIndexOf('@');
		if (at <= 0) {
			return address.charAt(0) + HIDDEN;
		}
		return address.charAt(0) + HIDDEN + address.substring(at);
	}

	/**
	 * The first five and last four characters of an international number (the {@code +} counts:
	 * country and network code, then the line's last digits), the first two and last two of a
	 * shorter one.
	 */
	public static String phone(String number) {
		if (number == null || number.isEmpty()) {
			return "";
		}
		int length = number.length();
		if (length >= 12) {
			return number.substring(0, 5) + HIDDEN + number.substring(length - 4);
		}
		if (length >= 6) {
			return number.substring(0, 2) + HIDDEN + number.substring(length - 2);
		}
		return HIDDEN;
	}
}
