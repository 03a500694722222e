package org.thusong.requests;

import java.util.regex.Pattern;

import org.thusong.core.InvalidInput;

/**
 * A catalogue service as an administrator writes it: everything but its questions. The
 * constructor refuses what the catalogue cannot hold, naming the field.
 */
public record ServiceDraft(String code, String groupCode, String nameEn, String nameTr, String descriptionEn,
		String descriptionTr, String departmentCode, int targetHours, Priority priority, String keywords, boolean active) {

	/** Lowercase letters, digits and hyphens, starting with a letter or digit: {@code water-leak}. */
	public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

	public ServiceDraft {
		code = trim(code);
		groupCode = trim(groupCode);
		nameEn = trim(nameEn);
		nameTr = trim(nameTr);
		descriptionEn = trim(descriptionEn);
		descriptionTr = trim(descriptionTr);
		departmentCode = trim(departmentCode);
		keywords = trim(keywords);
		if (!CODE.matcher(code).matches()) {
			throw new InvalidInput("code", "use lowercase letters, digits and hyphens, at most 40");
		}
		if (!CODE.matcher(groupCode).matches()) {
			throw new InvalidInput("groupCode", "use lowercase letters, digits and hyphens, at most 40");
		}
		require(nameEn, 200, "nameEn");
		require(nameTr, 200, "nameTr");
		if (descriptionEn.length() > 2000) {
			throw new InvalidInput("descriptionEn", "at most 2,000 characters");
		}
		if (descriptionTr.length() > 2000) {
			throw new InvalidInput("descriptionTr", "at most 2,000 characters");
		}
		if (departmentCode.isEmpty()) {
			throw new InvalidInput("departmentCode", "choose a department");
		}
		if (targetHours < 1 || targetHours > 8760) {
			throw new InvalidInput("targetHours", "between 1 and 8760 hours");
		}
		if (priority == null) {
			throw new InvalidInput("priority", "choose a priority");
		}
		if (keywords.length() > 500) {
			throw new InvalidInput("keywords", "at most 500 characters");
		}
	}

	public static ServiceDraft of(CatalogueService service) {
		return new ServiceDraft(service.code(), service.groupCode(), service.nameEn(), service.nameTr(),
				service.descriptionEn(), service.descriptionTr(), service.departmentCode(), service.targetHours(),
				service.priority(), service.keywords(), service.active());
	}

	private static String trim(String text) {
		return text == null ? "" : text.trim();
	}

	private static void require(String text, int max, String field) {
		if (text.isEmpty() || text.length() > max) {
			throw new InvalidInput(field, "required, at most " + max + " characters");
		}
	}
}
