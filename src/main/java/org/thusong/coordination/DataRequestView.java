package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A data request as its requester reads it: every cell, how it was answered, and its value. */
public record DataRequestView(String reference, String title, String requesterOrg, String requestedBy, LocalDate dueOn,
		Instant createdAt, List<Cell> cells) {

	/** How a cell was answered. */
	public enum How {
		/** Held by the central database when the request was filed. */
		DATABASE,
		/** Joined an open ask another request had already made of the municipality. */
		MERGED,
		/** Asked of the municipality. */
		ASKED
	}

	/** One municipality's value of one data element for one period; the municipality by code and by name. */
	public record Cell(String municipality, String municipalityName, String orgUnit, String dataElement, String period, How how, BigDecimal value,
			boolean answered) {
	}

	public long answeredCount() {
		return cells.stream().filter(Cell::answered).count();
	}
}
