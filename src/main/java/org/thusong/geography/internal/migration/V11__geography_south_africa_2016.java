package org.thusong.geography.internal.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.thusong.geography.internal.Demarcation;
import org.thusong.geography.internal.SouthAfricanAreaFile;

/** South Africa on the 2016 municipal demarcation, the current one: 4,659 areas. */
public class V11__geography_south_africa_2016 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		ReferenceAreas.load(context.getConnection(), "/reference/za/areas-2016.csv", SouthAfricanAreaFile::read,
				new Demarcation("ZA-2016", "ZA", "South Africa, 2016 municipal demarcation", 2016, true,
						"Code for South Africa, Wazimap (Statistics South Africa, Municipal Demarcation Board)", "MIT"));
	}
}
