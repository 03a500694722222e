package org.thusong.audit.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lines up the before and after states of an entry field by field, so that a reader sees at a
 * glance what a change changed. States are usually JSON objects; anything else (a list, a bare
 * value, text that is not JSON) is compared as one value.
 */
@Component
public class AuditDiff {

	/** How a field fared in the change. */
	public enum Kind {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	/** One field: its value before and after, each as readable text ({@code null} when absent). */
	public record FieldChange(String field, String before, String after, Kind kind) {

		public boolean changed() {
			return kind != Kind.UNCHANGED;
		}
	}

	static final String WHOLE_VALUE = "";

	private final JsonMapper json;

	AuditDiff(JsonMapper json) {
		this.json = json;
	}

	public List<FieldChange> between(String beforeJson, String afterJson) {
		JsonNode before = parse(beforeJson);
		JsonNode after = parse(afterJson);
		boolean objects = (before == null || before.isObject()) && (after == null || after.isObject())
				&& (before != null || after != null);
		if (!objects) {
			return before == null && after == null ? List.of() : List.of(change(WHOLE_VALUE, before, after));
		}
		Set<String> fields = new LinkedHashSet<>();
		if (before != null) {
			fields.addAll(before.propertyNames());
		}
		if (after != null) {
			fields.addAll(after.propertyNames());
		}
		List<FieldChange> changes = new ArrayList<>();
		for (String field : fields) {
			changes.add(change(field, before == null ? null : before.get(field), after == null ? null : after.get(field)));
		}
		return changes;
	}

	private static FieldChange change(String field, JsonNode before, JsonNode after) {
		Kind kind;
		if (before == null && after == null) {
			kind = Kind.UNCHANGED;
		}
		else if (before == null) {
			kind = Kind.ADDED;
		}
		else if (after == null) {
			kind = Kind.REMOVED;
		}
		else {
			kind = Objects.equals(before, after) ? Kind.UNCHANGED : Kind.CHANGED;
		}
		return new FieldChange(field, readable(before), readable(after), kind);
	}

	private static String readable(JsonNode value) {
		if (value == null) {
			return null;
		}
		// Text without its JSON quotes reads better; numbers, lists and objects keep their JSON form.
		return value.isString() ? value.asString() : value.toString();
	}

	private JsonNode parse(String text) {
		if (text == null) {
			return null;
		}
		try {
			return json.readTree(text);
		}
		catch (JacksonException e) {
			// Stored states are always JSON (the column is jsonb); this only guards the reader.
			return json.getNodeFactory().stringNode(text);
		}
	}
}
