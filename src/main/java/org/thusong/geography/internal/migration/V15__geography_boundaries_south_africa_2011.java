package org.thusong.geography.internal.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.internal.boundary.JoinSpec;

/**
 * Boundaries of the 2011 demarcation: provinces ({@code CODE}), 234 municipalities
 * ({@code CAT_B}) and 4,277 wards ({@code WARD_ID}), all joined by code; district
 * municipalities as the union of their local municipalities.
 */
public class V15__geography_boundaries_south_africa_2011 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		ReferenceBoundaries.load(connection, "/reference/za/boundaries/provinces.topojson",
				JoinSpec.byCode("ZA-2011", AreaLevel.PROVINCE, "CODE"));
		ReferenceBoundaries.load(connection, "/reference/za/boundaries/municipalities-2011.topojson",
				JoinSpec.byCode("ZA-2011", AreaLevel.MUNICIPALITY, "CAT_B"));
		ReferenceBoundaries.load(connection, "/reference/za/boundaries/wards-2011.topojson",
				JoinSpec.byCode("ZA-2011", AreaLevel.WARD, "WARD_ID"));
		ReferenceBoundaries.unionChildren(connection, "ZA-2011", AreaLevel.DISTRICT);
	}
}
