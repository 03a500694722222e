package org.thusong.requests;

import java.util.List;
import java.util.Locale;

/**
 * A service in a municipality's catalogue: what residents can ask for, which department owns
 * it, how fast it should be resolved, and what extra questions it asks.
 */
public record CatalogueService(long id, String organisationCode, String code, String groupCode, String nameEn,
		String nameTr, String descriptionEn, String descriptionTr, String departmentCode, int targetHours,
		Priority priority, String keywords, boolean active, List<ServiceAttribute> attributes) {

	public CatalogueService {
		attributes = attributes == null ? List.of() : List.copyOf(attributes);
	}

	public String name(Locale locale) {
		return "tr".equals(locale.getLanguage()) ? nameTr : nameEn;
	}

	public String description(Locale locale) {
		return "tr".equals(locale.getLanguage()) ? descriptionTr : descriptionEn;
	}
}
