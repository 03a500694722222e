package org.thusong.projects.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.thusong.core.InvalidInput;
import org.thusong.projects.Funding;
import org.thusong.projects.FundingSource;
import org.thusong.projects.NewProject;

/** The register form as typed: text fields, parsed into a {@link NewProject} with the field named on any error. */
public record ProjectForm(String ownerCode, String title, String service, String wards, String households, String stage, String budget,
		String progress, String startDate, String plannedCompletion, String serviceProviders, String contractors, String idpObjective,
		String growthPotential, String fundingSource, String financialYear, String fundingAmount) {

	static ProjectForm empty(String ownerCode, String wards, String service) {
		return new ProjectForm(ownerCode, "", service, wards, "", "IDENTIFIED", "", "0", "", "", "", "", "", "0", "MIG", "", "");
	}

	static ProjectForm of(org.thusong.projects.Project p) {
		return new ProjectForm(p.ownerCode(), p.title(), p.service().code(), String.join("; ", p.wardCodes()), String.valueOf(p.households()),
				p.stage().name(), p.budget().toPlainString(), String.valueOf(p.progress()), p.startDate() == null ? "" : p.startDate().toString(),
				p.plannedCompletion() == null ? "" : p.plannedCompletion().toString(), nz(p.serviceProviders()), nz(p.contractors()),
				nz(p.idpObjective()), String.valueOf(p.growthPotential()), "MIG", "", "");
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	NewProject toNewProject() {
		List<Funding> funding = new ArrayList<>();
		if (fundingAmount != null && !fundingAmount.isBlank()) {
			funding.add(new Funding(FundingSource.parse("fundingSource", fundingSource), integer("financialYear", financialYear, null),
					amount("fundingAmount", fundingAmount)));
		}
		return new NewProject(ownerCode, title, service, wards == null ? List.of() : Arrays.stream(wards.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList(),
				null, integer("households", households, null), stage, amount("budget", budget), integer("progress", progress, 0),
				date("startDate", startDate), date("plannedCompletion", plannedCompletion), serviceProviders, contractors, idpObjective,
				integer("growthPotential", growthPotential, 0), funding);
	}

	static Integer integer(String field, String text, Integer blank) {
		if (text == null || text.isBlank()) {
			if (blank == null) {
				throw new InvalidInput(field, "is required");
			}
			return blank;
		}
		try {
			return Integer.valueOf(text.trim().replace(" ", "").replace(",", ""));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be a whole number, not '" + text + "'");
		}
	}

	static BigDecimal amount(String field, String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, "is required");
		}
		try {
			BigDecimal amount = new BigDecimal(text.trim().replace(" ", "").replace(",", "").replaceFirst("^R", ""));
			if (amount.scale() > 2) {
				throw new InvalidInput(field, "has at most two decimals (cents)");
			}
			return amount;
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be an amount in rand such as 2500000 or 2500000.50, not '" + text + "'");
		}
	}

	static LocalDate date(String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			throw new InvalidInput(field, "must be a date such as 2026-07-01, not '" + text + "'");
		}
	}
}
