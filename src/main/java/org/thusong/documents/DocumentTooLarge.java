package org.thusong.documents;

import java.util.Locale;

import org.springframework.util.unit.DataSize;

/**
 * An upload over the size limit. Web layers answer 413 with the limit in the message.
 */
public class DocumentTooLarge extends RuntimeException {

	private final DataSize limit;

	private final Long size;

	/**
	 * @param size the upload's size when it is known (a multipart file's is), {@code null} when
	 * reading stopped at the limit
	 */
	public DocumentTooLarge(DataSize limit, Long size) {
		super(size == null ? "The file is larger than the limit of " + readable(limit.toBytes())
				: "The file is " + readable(size) + "; the limit is " + readable(limit.toBytes()));
		this.limit = limit;
		this.size = size;
	}

	public DataSize limit() {
		return limit;
	}

	public Long size() {
		return size;
	}

	public String readableLimit() {
		return readable(limit.toBytes());
	}

	public String readableSize() {
		return size == null ? null : readable(size);
	}

	/** Sizes as people read them: {@code 20 MB}, {@code 25.3 MB}, {@code 512 KB}, {@code 900 bytes}. */
	public static String readable(long bytes) {
		if (bytes < 1024) {
			return bytes + " bytes";
		}
		String[] units = { "KB", "MB", "GB", "TB" };
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		String number = String.format(Locale.ROOT, "%.1f", value);
		if (number.endsWith(".0")) {
			number = number.substring(0, number.length() - 2);
		}
		return number + " " + units[unit];
	}
}
