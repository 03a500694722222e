package org.thusong.geography.internal.boundary;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Small helpers shared by the GeoJSON and TopoJSON readers. */
final class JsonGeo {

	private JsonGeo() {
	}

	/** A feature's properties as text: numbers as written (10101001, not 1.0101001E7), nulls left out. */
	static Map<String, String> properties(JsonNode node) {
		Map<String, String> properties = new LinkedHashMap<>();
		if (node == null || !node.isObject()) {
			return properties;
		}
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue();
			if (value == null || value.isNull()) {
				continue;
			}
			if (value.isString()) {
				properties.put(entry.getKey(), value.stringValue());
			}
			else if (value.isIntegralNumber()) {
				properties.put(entry.getKey(), value.bigIntegerValue().toString());
			}
			else if (value.isNumber()) {
				properties.put(entry.getKey(), value.decimalValue().stripTrailingZeros().toPlainString());
			}
			else if (value.isValueNode()) {
				properties.put(entry.getKey(), value.asString());
			}
		}
		return properties;
	}

	static double number(JsonNode node, String where) {
		if (node == null || !node.isNumber()) {
			throw new MalformedGeoFile(where + ": expected a number, found " + (node == null ? "nothing" : node.toString()));
		}
		return node.doubleValue();
	}

	static JsonNode array(JsonNode node, String where) {
		if (node == null || !node.isArray()) {
			throw new MalformedGeoFile(where + ": expected an array");
		}
		return node;
	}
}
