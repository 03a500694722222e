package org.thusong.geography.internal.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.thusong.geography.internal.Demarcation;
import org.thusong.geography.internal.SouthAfricanAreaFile;

/** South Africa on the 2011 municipal demarcation (234 municipalities, 4,277 wards): 4,565 areas. */
public class V12__geography_south_africa_2011 extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		ReferenceAreas.load(context.getConnection(), "/reference/za/areas-2011.csv", SouthAfricanAreaFile::read,
				new Demarcation("ZA-2011", "ZA", "South Africa, 2011 municipal demarcation", 2011, false,
						"Code for South Africa, Wazimap (Statistics South Africa, Municipal Demarcation Board)", "MIT"));
	}
}
