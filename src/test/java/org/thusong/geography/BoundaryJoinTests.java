package org.thusong.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.thusong.geography.internal.boundary.BoundaryJoin;
import org.thusong.geography.internal.boundary.GeoFeature;
import org.thusong.geography.internal.boundary.Geometries;
import org.thusong.geography.internal.boundary.JoinArea;
import org.thusong.geography.internal.boundary.JoinSpec;

import static org.assertj.core.api.Assertions.assertThat;

class BoundaryJoinTests {

	static final List<JoinArea> ILCELER = List.of(new JoinArea("TR24-1318", "Merkez", "Erzincan"),
			new JoinArea("TR24-1", "İliç", "Erzincan"), new JoinArea("TR24-2", "Çayırlı", "Erzincan"),
			new JoinArea("TR03-1", "Merkez", "Afyonkarahisar"), new JoinArea("TR31-1", "Antakya", "Hatay"),
			new JoinArea("TR31-2", "Merkez", "Hatay"), new JoinArea("TR20-1", "Baklan", "Denizli"),
			new JoinArea("TR59-1", "Marmaraereğlisi", "Tekirdağ"), new JoinArea("TR55-1", "19 Mayıs", "Samsun"));

	List<GeoFeature> features = new ArrayList<>();

	void feature(String il, String ilce) {
		int i = features.size();
		Geometry square = Geometries.FACTORY.toGeometry(new org.locationtech.jts.geom.Envelope(i, i + 1, 0, 1));
		features.add(new GeoFeature(i + 1, Map.of("il_adi", il, "ilce_adi", ilce), square));
	}

	BoundaryJoin.Result join() {
		return BoundaryJoin.join(features, JoinSpec.byName("TR", AreaLevel.ILCE, "ilce_adi", "il_adi"), ILCELER, "TR", null);
	}

	String codeOf(BoundaryJoin.Result result, int feature) {
		return result.joined().stream().filter(j -> j.features().contains(feature)).map(BoundaryJoin.Joined::code).findFirst().orElse(null);
	}

	@Test
	void readsAProvincialCentreAsTheIlceMerkez() {
		feature("Erzincan", "Erzincan merkez");
		feature("Afyonkarahisar", "Afyonkarahisar (Merkez İlçe)");
		feature("Hatay", "Antakya (merkez)");
		BoundaryJoin.Result result = join();
		assertThat(codeOf(result, 1)).isEqualTo("TR24-1318");
		assertThat(codeOf(result, 2)).isEqualTo("TR03-1");
		assertThat(codeOf(result, 3)).isEqualTo("TR31-1");
	}

	@Test
	void foldsDottedAndDotlessIAndAccentsOnBothSides() {
		feature("ERZİNCAN", "Ilıç");
		feature("erzincan", "CAYIRLI");
		feature("Tekirdağ", "Marmara Ereğlisi");
		BoundaryJoin.Result result = join();
		assertThat(result.unmatched()).isEmpty();
		assertThat(codeOf(result, 1)).isEqualTo("TR24-1");
		assertThat(codeOf(result, 2)).isEqualTo("TR24-2");
		assertThat(codeOf(result, 3)).isEqualTo("TR59-1");
	}

	@Test
	void acceptsAOneLetterSlipOnlyAsANamedNearMatchAndReportsTheRest() {
		feature("Denizli", "Balkan");
		feature("Samsun", "Ondokuzmayıs");
		feature("Kars", "Merkez");
		BoundaryJoin.Result result = join();
		assertThat(codeOf(result, 1)).isEqualTo("TR20-1");
		assertThat(result.nearMatches()).singleElement().asString().contains("Balkan");
		assertThat(result.unmatched()).extracting(BoundaryJoin.Unmatched::feature).containsExactly(2, 3);
		assertThat(result.unmatched().get(1).reason()).contains("no parent area is named 'Kars'");
		assertThat(result.matchedFeatures()).isEqualTo(1);
	}

	@Test
	void unitesSeveralFeaturesOfOneArea() {
		feature("Erzincan", "Merkez");
		feature("Erzincan", "Erzincan merkez");
		BoundaryJoin.Result result = join();
		assertThat(result.joined()).singleElement().satisfies(j -> {
			assertThat(j.features()).containsExactly(1, 2);
			assertThat(j.geometry().getArea()).isEqualTo(2.0);
		});
		assertThat(result.joined().get(0).geometry().covers(Geometries.FACTORY.createPoint(new Coordinate(1.5, 0.5)))).isTrue();
	}
}
