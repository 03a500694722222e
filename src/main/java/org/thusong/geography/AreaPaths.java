package org.thusong.geography;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Every area of one demarcation by code, with its level, parent and code path: for other modules'
 * loaders that place thousands of rows by area code inside their own transaction (a Flyway
 * migration on first start, or an import), where a query per code would be too slow.
 */
public final class AreaPaths {

	/** One area as a loader needs it. */
	public record AreaPath(String code, String name, AreaLevel level, String parentCode, String codePath) {
	}

	private AreaPaths() {
	}

	/** The demarcation's areas by upper-case code; empty when the demarcation is unknown. */
	public static Map<String, AreaPath> of(Connection connection, String demarcation) throws SQLException {
		Map<String, AreaPath> areas = new HashMap<>(8192);
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT code, name, level, parent_code, code_path FROM geography_area WHERE demarcation = ?")) {
			select.setString(1, demarcation);
			try (ResultSet rs = select.executeQuery()) {
				while (rs.next()) {
					AreaPath area = new AreaPath(rs.getString(1), rs.getString(2), AreaLevel.valueOf(rs.getString(3)),
							rs.getString(4), rs.getString(5));
					areas.put(area.code().toUpperCase(java.util.Locale.ROOT), area);
				}
			}
		}
		return areas;
	}

	/** The code of the country's current demarcation (e.g. ZA-2016), or null. */
	public static String currentDemarcation(Connection connection, String country) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT code FROM geography_demarcation WHERE country = ? AND is_current")) {
			select.setString(1, country);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
	}
}
