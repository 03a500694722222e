package org.thusong.geography.internal.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.thusong.geography.AreaLevel;
import org.thusong.geography.internal.boundary.JoinSpec;

/**
 * Boundaries of the 2016 demarcation: provinces (the same shapes as 2011, {@code CODE}) and 213
 * municipalities ({@code code}), joined by code; district municipalities as the union of their
 * local municipalities. No ward polygons of 2016 are available: wards are listed, not drawn.
 */
public class V16__geography_boundaries_south_africa_2016 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		var connection = context.getConnection();
		ReferenceBoundaries.load(connection, "/reference/za/boundaries/provinces.topojson",
				JoinSpec.byCode("ZA-2016", AreaLevel.PROVINCE, "CODE"));
		ReferenceBoundaries.load(connection, "/reference/za/boundaries/municipalities-2016.geojson",
				JoinSpec.byCode("ZA-2016", AreaLevel.MUNICIPALITY, "code"));
		ReferenceBoundaries.unionChildren(connection, "ZA-2016", AreaLevel.DISTRICT);
	}
}
