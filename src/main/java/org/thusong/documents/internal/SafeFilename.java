package org.thusong.documents.internal;

/**
 * Turns the name a client sent into one that is safe to show and to offer in a download: no
 * folders (browsers on Windows send {@code C:\...}), no control or quoting characters, no leading
 * dots, at most {@value #MAX_LENGTH} characters with the extension kept.
 */
public final class SafeFilename {

	static final int MAX_LENGTH = 200;

	private static final String FALLBACK = "document";

	private SafeFilename() {
	}

	public static String of(String raw) {
		if (raw == null) {
			return FALLBACK;
		}
		String name = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder(name.length());
		name.codePoints()
			.filter(c -> !Character.isISOControl(c) && "\"<>:*?|".indexOf(c) < 0 && Character.isDefined(c))
			.forEach(clean::appendCodePoint);
		String result = clean.toString().strip().replaceAll("^\\.+", "").strip();
		if (result.isEmpty()) {
			return FALLBACK;
		}
		if (result.length() > MAX_LENGTH) {
			int dot = result.lastIndexOf('.');
			String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
			result = result.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return result;
	}
}
