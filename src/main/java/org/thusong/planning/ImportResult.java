package org.thusong.planning;

import java.util.List;

/**
 * What an import of an SDBIP workbook found and did: the KPI rows read, every problem, and for a
 * real import of a clean workbook the SDBIP created. With any problem nothing is imported.
 */
public record ImportResult(boolean dryRun, int rowsRead, List<ImportProblem> errors, Long sdbipId, Integer version) {

	public boolean clean() {
		return errors.isEmpty();
	}

	public boolean imported() {
		return sdbipId != null;
	}
}
