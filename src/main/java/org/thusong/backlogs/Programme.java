package org.thusong.backlogs;

import java.util.List;

/** A priority programme: a named set of areas a coordinator maintains. {@code demo} marks invented ones. */
public record Programme(long id, String name, String description, boolean demo, String createdBy, List<String> areaCodes,
		List<String> areaPaths) {
}
