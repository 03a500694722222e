package org.thusong.requests.open311;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * One Open311 answer, written as JSON or XML from the same tree (the Spark convention Open311
 * uses): a {@link Map} is an object or an element with children in order, {@link Items} a JSON
 * array or repeated child elements, {@code null} a JSON null or an empty element.
 */
record Open311Document(String root, Object body) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A list: in JSON an array; in XML one {@code element} per item. */
	record Items(String element, List<?> items) {
	}

	static Open311Document list(String root, String element, List<?> items) {
		return new Open311Document(root, new Items(element, items));
	}

	/** An ordered object whose values may be {@code null}. */
	static Map<String, Object> fields(Object... namesAndValues) {
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return fields;
	}

	String json() {
		return JSON.writeValueAsString(plain(body));
	}

	String xml() {
		StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
		element(out, root, body);
		return out.toString();
	}

	private static Object plain(Object value) {
		if (value instanceof Items items) {
			return items.items().stream().map(Open311Document::plain).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(k, plain(v)));
			return copy;
		}
		return value;
	}

	private static void element(StringBuilder out, String name, Object value) {
		if (value == null) {
			out.append('<').append(name).append("/>");
			return;
		}
		out.append('<').append(name).append('>');
		if (value instanceof Items items) {
			for (Object item : items.items()) {
				element(out, items.element(), item);
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> element(out, (String) k, v));
		}
		else if (value instanceof Double number) {
			out.append(BigDecimal.valueOf(number).toPlainString());
		}
		else {
			escape(out, value.toString());
		}
		out.append("</").append(name).append('>');
	}

	private static void escape(StringBuilder out, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&apos;");
				default -> {
					// Characters XML 1.0 cannot carry at all are dropped rather than breaking the document.
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
	}
}
