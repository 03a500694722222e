package org.thusong.geography.internal.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.thusong.geography.internal.Demarcation;
import org.thusong.geography.internal.TurkishSettlementFile;

/** Türkiye: 81 il, 973 ilçe and 74,398 settlements (mahalle, köy, mevkii, mezra). */
public class V13__geography_turkiye extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		ReferenceAreas.load(context.getConnection(), "/reference/tr/mahalleler.csv", TurkishSettlementFile::read,
				new Demarcation("TR", "TR", "Türkiye: iller, ilçeler ve mahalleler", null, true,
						"github.com/siberfx/turkiye-il-ilce-mahalle", "MIT"));
	}
}
