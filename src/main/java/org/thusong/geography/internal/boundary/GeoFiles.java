package org.thusong.geography.internal.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a boundary file, GeoJSON or TopoJSON, told apart by its {@code type}. */
public final class GeoFiles {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private GeoFiles() {
	}

	public static List<GeoFeature> read(InputStream in) throws IOException {
		JsonNode root;
		try {
			root = JSON.readTree(in);
		}
		catch (JacksonException e) {
			throw new MalformedGeoFile("the file is not valid JSON: " + e.getOriginalMessage(), e);
		}
		if (root == null || !root.isObject()) {
			throw new MalformedGeoFile("the file is not a GeoJSON or TopoJSON object");
		}
		if ("Topology".equals(root.path("type").asString(""))) {
			return TopoJsonReader.read(root);
		}
		return GeoJsonReader.read(root);
	}
}
