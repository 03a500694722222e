package org.thusong.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.thusong.backlogs.BasicService;

/** Projects made by hand for the rules' tests. */
final class ProjectFixture {

	private ProjectFixture() {
	}

	static Project project(Stage stage, int households, BigDecimal budget, int progress, LocalDate start, LocalDate planned,
			LocalDate completed, Instant lastUpdate, List<Funding> funding, List<Expenditure> spent) {
		return new Project(1, "EC121-P00001", "EC121", "Mbhashe", "EC121", "ZA/EC/DC12/EC121", "ZA-2016", "VIP toilets",
				BasicService.SANITATION, households, stage, budget, progress, start, planned, completed, null, null, null, 0, false,
				lastUpdate, List.of("21201001"), funding, spent, List.of());
	}

	static Project done(int households, LocalDate completed) {
		return project(Stage.COMPLETED, households, BigDecimal.valueOf(1_000_000), 100, completed.minusYears(1), completed, completed,
				completed.atStartOfDay().toInstant(java.time.ZoneOffset.UTC), List.of(), List.of());
	}

	static Project planned(int households) {
		return project(Stage.DESIGN, households, BigDecimal.valueOf(1_000_000), 0, null, null, null, Instant.now(), List.of(), List.of());
	}
}
