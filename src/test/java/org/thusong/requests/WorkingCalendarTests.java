package org.thusong.requests;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.thusong.core.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingCalendarTests {

	static final ZoneId JOHANNESBURG = ZoneId.of("Africa/Johannesburg");

	// Mbhashe's office hours, with Day of Reconciliation (Wednesday 16 December 2026) off.
	final WorkingCalendar mbhashe = new WorkingCalendar(JOHANNESBURG,
			EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(16, 30),
			Set.of(LocalDate.of(2026, 12, 16)));

	static Instant at(int month, int day, int hour, int minute) {
		return ZonedDateTime.of(2026, month, day, hour, minute, 0, 0, JOHANNESBURG).toInstant();
	}

	@Test
	void countsOnlyWorkingHours() {
		// Monday 09:00 + 4 h = Monday 13:00.
		assertThat(mbhashe.add(at(11, 23, 9, 0), 4)).isEqualTo(at(11, 23, 13, 0));
		// Monday 15:00 + 4 h: 1.5 h on Monday, 2.5 h on Tuesday from 08:00 = Tuesday 10:30.
		assertThat(mbhashe.add(at(11, 23, 15, 0), 4)).isEqualTo(at(11, 24, 10, 30));
	}

	@Test
	void skipsNightsWeekendsAndHolidays() {
		// Friday 15:00 + 24 working hours: 1.5 Fri, 8.5 Mon, 8.5 Tue, 5.5 Wed -> Wednesday 13:30.
		assertThat(mbhashe.add(at(11, 27, 15, 0), 24)).isEqualTo(at(12, 2, 13, 30));
		// Filed on Saturday night: the clock starts on Monday 08:00.
		assertThat(mbhashe.add(at(11, 28, 22, 0), 2)).isEqualTo(at(11, 30, 10, 0));
		// Tuesday 15 December 16:00 + 2 h: 0.5 h Tuesday, Wednesday is a holiday, 1.5 h Thursday.
		assertThat(mbhashe.add(at(12, 15, 16, 0), 2)).isEqualTo(at(12, 17, 9, 30));
	}

	@Test
	void refusesACalendarWithoutWorkingTime() {
		assertThatThrownBy(() -> new WorkingCalendar(JOHANNESBURG, Set.of(), LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of()))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("workDays");
		assertThatThrownBy(() -> new WorkingCalendar(JOHANNESBURG, Set.of(DayOfWeek.MONDAY), LocalTime.of(16, 0),
				LocalTime.of(8, 0), Set.of()))
			.isInstanceOf(InvalidInput.class).hasMessageStartingWith("dayEnd");
	}
}
