package org.thusong.backlogs.internal.migration;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.thusong.backlogs.internal.ServiceAccessFile;
import org.thusong.backlogs.internal.ServiceAccessLoader;

/**
 * The census service-access file that ships with Thusong (276,948 ward rows: water, sanitation,
 * refuse and electricity; Census 2011 and Community Survey 2016, on the 2011 and 2016 wards),
 * loaded once on first start and rolled up to municipalities, districts, provinces and the
 * country.
 */
public class V301__backlogs_service_access_by_ward extends BaseJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(V301__backlogs_service_access_by_ward.class);

	static final String RESOURCE = "/reference/za/service-access-by-ward.csv";

	@Override
	public void migrate(Context context) throws Exception {
		long started = System.nanoTime();
		var connection = context.getConnection();
		ServiceAccessFile.Checked checked;
		try (InputStream in = getClass().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The jar lacks " + RESOURCE);
			}
			checked = ServiceAccessLoader.check(connection, new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		int total = checked.rows().size();
		log.info("Loading {} ward service-access rows from {} (checked in {} ms)", total, RESOURCE,
				(System.nanoTime() - started) / 1_000_000);
		var loaded = ServiceAccessLoader.load(connection, checked, "service-access-by-ward.csv",
				"Statistics South Africa, Census 2011 and Community Survey 2016, through Code for South Africa's Wazimap (MIT)",
				"system", done -> log.info("  service access: {} of {} ward rows ({}%)", done, total, done * 100 / Math.max(total, 1)));
		log.info("Loaded {} ward rows and {} rolled-up rows in {} ms", loaded.wardRows(), loaded.rolledUpRows(),
				(System.nanoTime() - started) / 1_000_000);
	}
}
