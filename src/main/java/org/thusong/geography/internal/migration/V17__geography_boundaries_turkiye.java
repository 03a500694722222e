package org.thusong.geography.internal.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.internal.boundary.JoinSpec;

/**
 * Boundaries of Türkiye from OpenStreetMap: iller joined by name ({@code il_adi}; the file's
 * {@code il_kodu} is an alphabetical index, not the plate) and ilçeler by name ({@code ilce_adi})
 * within their il ({@code il_adi}), with Turkish-aware folding.
 */
public class V17__geography_boundaries_turkiye extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		ReferenceBoundaries.load(connection, "/reference/tr/boundaries/iller.geojson",
				JoinSpec.byName("TR", AreaLevel.IL, "il_adi", null));
		ReferenceBoundaries.load(connection, "/reference/tr/boundaries/ilceler.geojson",
				JoinSpec.byName("TR", AreaLevel.ILCE, "ilce_adi", "il_adi"));
	}
}
