package org.thusong.coordination;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An intervention as a provider records it; the provider is the recorder's organisation. */
public record NewIntervention(String municipality, SupportArea area, SupportType type, String title, Integer peopleDeployed,
		LocalDate startsOn, LocalDate endsOn, BigDecimal budget, SupportStatus status, String outcome,
		String skillsTransferred) {
}
