package org.thusong.geography;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.thusong.geography.internal.boundary.GeoFeature;
import org.thusong.geography.internal.boundary.GeoFiles;
import org.thusong.geography.internal.boundary.Geometries;
import org.thusong.geography.internal.boundary.MalformedGeoFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TopoJsonReaderTests {

	/**
	 * Two unit squares side by side sharing one border (arc 0), quantized: x = q * 0.5 + 10,
	 * y = q * 2 + 20. Square B walks the shared arc backwards (~0 = -1).
	 */
	static final String TOPOLOGY = """
			{"type":"Topology",
			 "transform":{"scale":[0.5,2],"translate":[10,20]},
			 "arcs":[
			   [[1,0],[0,1]],
			   [[1,1],[-1,0],[0,-1],[1,0]],
			   [[1,0],[1,0],[0,1],[-1,0]]
			 ],
			 "objects":{"squares":{"type":"GeometryCollection","geometries":[
			   {"type":"Polygon","arcs":[[0,1]],"properties":{"code":"A","n":7}},
			   {"type":"Polygon","arcs":[[2,-1]],"properties":{"code":"B"}},
			   {"type":"MultiPolygon","arcs":[[[0,1]],[[2,-1]]],"properties":{"code":"AB"}},
			   {"type":null,"properties":{"code":"N"}}
			 ]}}}""";

	List<GeoFeature> read(String json) throws Exception {
		return GeoFiles.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void decodesQuantizedDeltaEncodedArcs() throws Exception {
		List<GeoFeature> features = read(TOPOLOGY);
		assertThat(features).extracting(f -> f.property("code")).containsExactly("A", "B", "AB", "N");
		Geometry a = features.get(0).geometry();
		assertThat(a.getGeometryType()).isEqualTo("Polygon");
		assertThat(a.isValid()).isTrue();
		assertThat(a.getArea()).isCloseTo(0.5 * 2, within(1e-9));
		assertThat(a.getEnvelopeInternal().getMinX()).isEqualTo(10.0);
		assertThat(a.getEnvelopeInternal().getMaxX()).isEqualTo(10.5);
		assertThat(a.getEnvelopeInternal().getMaxY()).isEqualTo(22.0);
		assertThat(features.get(0).property("n")).isEqualTo("7");
	}

	@Test
	void reversesArcsGivenAsNegativeIndexes() throws Exception {
		Geometry b = read(TOPOLOGY).get(1).geometry();
		assertThat(b.isValid()).isTrue();
		assertThat(b.getArea()).isCloseTo(1.0, within(1e-9));
		assertThat(b.getCoordinates()).hasSize(5);
		assertThat(b.getCoordinates()[0]).isEqualTo(b.getCoordinates()[4]);
		assertThat(b.getEnvelopeInternal().getMinX()).isEqualTo(10.5);
		assertThat(b.getEnvelopeInternal().getMaxX()).isEqualTo(11.0);
		assertThat(b.getCoordinates()).contains(new Coordinate(10.5, 20), new Coordinate(10.5, 22));
	}

	@Test
	void readsMultiPolygonsAndFeaturesWithoutGeometry() throws Exception {
		List<GeoFeature> features = read(TOPOLOGY);
		Geometry ab = features.get(2).geometry();
		assertThat(ab.getGeometryType()).isEqualTo("MultiPolygon");
		assertThat(ab.getNumGeometries()).isEqualTo(2);
		assertThat(ab.getArea()).isCloseTo(2.0, within(1e-9));
		assertThat(ab.union().getArea()).isCloseTo(2.0, within(1e-9));
		assertThat(features.get(3).geometry()).isNull();
	}

	@Test
	void repairsABowTieWithBufferZero() throws Exception {
		List<GeoFeature> features = read("""
				{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[0,0],[2,2],[2,0],[0,2],[0,0]]]}}""");
		Geometry bowTie = features.get(0).geometry();
		assertThat(bowTie.isValid()).isFalse();
		Geometry fixed = Geometries.polygonalAndValid(bowTie);
		assertThat(fixed.isValid()).isTrue();
		assertThat(fixed.getArea()).isCloseTo(2.0, within(1e-9));
	}

	@Test
	void explainsWhatIsWrongWithABrokenFile() {
		assertThatThrownBy(() -> read("{\"type\":\"Topology\",\"arcs\":[],\"objects\":{\"x\":{\"type\":\"Polygon\",\"arcs\":[[5]]}}}"))
			.isInstanceOf(MalformedGeoFile.class)
			.hasMessageContaining("arc 5 does not exist");
		assertThatThrownBy(() -> read("[1,2]")).isInstanceOf(MalformedGeoFile.class);
		assertThatThrownBy(() -> read("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[500000,3000000],[1,1],[0,1],[500000,3000000]]]}}"))
			.isInstanceOf(MalformedGeoFile.class)
			.hasMessageContaining("WGS84");
	}
}
