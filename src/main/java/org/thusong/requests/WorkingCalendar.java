package org.thusong.requests;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.thusong.core.InvalidInput;

/**
 * An organisation's working time: the days and hours its staff work, in its zone, less public
 * holidays. A service's target counted on this calendar pauses at night, at weekends and on
 * holidays: a 24-hour target filed on Friday at 15:00 falls due days later, not on Saturday.
 */
public record WorkingCalendar(ZoneId zone, Set<DayOfWeek> workDays, LocalTime dayStart, LocalTime dayEnd,
		Set<LocalDate> holidays) {

	public WorkingCalendar {
		if (workDays == null || workDays.isEmpty()) {
			throw new InvalidInput("workDays", "name at least one working day");
		}
		if (dayStart == null || dayEnd == null || !dayEnd.isAfter(dayStart)) {
			throw new InvalidInput("dayEnd", "must be after the start of the working day");
		}
		workDays = Set.copyOf(EnumSet.copyOf(workDays));
		holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
	}

	/** When a target of {@code hours} working hours, started at {@code from}, runs out. */
	public Instant add(Instant from, int hours) {
		Duration left = Duration.ofHours(hours);
		ZonedDateTime cursor = from.atZone(zone);
		// A year of working time is far more than any target; the bound stops a bad calendar looping.
		for (int day = 0; day < 3660 && !left.isZero(); day++) {
			LocalDate date = cursor.toLocalDate();
			if (isWorkingDay(date)) {
				ZonedDateTime start = date.atTime(dayStart).atZone(zone);
				ZonedDateTime end = date.atTime(dayEnd).atZone(zone);
				ZonedDateTime begin = cursor.isAfter(start) ? cursor : start;
				if (begin.isBefore(end)) {
					Duration available = Duration.between(begin, end);
					if (available.compareTo(left) >= 0) {
						return begin.plus(left).toInstant();
					}
					left = left.minus(available);
				}
			}
			cursor = date.plusDays(1).atStartOfDay(zone);
		}
		throw new IllegalStateException("the working calendar leaves no working time within ten years");
	}

	public boolean isWorkingDay(LocalDate date) {
		return workDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
	}
}
