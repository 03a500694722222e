package org.thusong.planning;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.core.Conflict;
import org.thusong.core.NotFound;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.Department;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;
import org.thusong.planning.internal.SdbipWorkbook;

/**
 * The SDBIP workbook in and out: the template, the import (a dry run lists every problem by row
 * and column; a real import of a workbook with any problem imports nothing) and the export of an
 * SDBIP with its actuals in the same layout. Importing is for the PMS unit.
 */
@Service
public class SdbipImports {

	private final Sdbips sdbips;

	private final Organisations organisations;

	private final MessageSource messages;

	SdbipImports(Sdbips sdbips, Organisations organisations, MessageSource messages) {
		this.sdbips = sdbips;
		this.organisations = organisations;
		this.messages = messages;
	}

	public void template(OutputStream out) throws IOException {
		SdbipWorkbook.template(out);
	}

	/** {@link #run(String, int, InputStream, boolean, Sdbips.Revision, String, ThusongUser, Locale)} in English. */
	@Transactional
	public ImportResult run(String organisationCode, int startYear, InputStream workbook, boolean dryRun,
			Sdbips.Revision revision, String title, ThusongUser me) {
		return run(organisationCode, startYear, workbook, dryRun, revision, title, me, Locale.ENGLISH);
	}

	/**
	 * Reads the workbook and, unless {@code dryRun} or anything is wrong, creates the SDBIP (or with
	 * a revision, its next version) in one transaction. Every problem is told in {@code locale}.
	 */
	@Transactional
	public ImportResult run(String organisationCode, int startYear, InputStream workbook, boolean dryRun,
			Sdbips.Revision revision, String title, ThusongUser me, Locale locale) {
		ImportResult result = check(organisationCode, startYear, workbook, dryRun, revision, title, me);
		if (result.errors().isEmpty()) {
			return result;
		}
		List<ImportProblem> told = result.errors().stream().map(p -> p.in(messages, locale)).toList();
		return new ImportResult(result.dryRun(), result.rowsRead(), told, result.sdbipId(), result.version());
	}

	private ImportResult check(String organisationCode, int startYear, InputStream workbook, boolean dryRun,
			Sdbips.Revision revision, String title, ThusongUser me) {
		if (!me.has(Role.PMS_OFFICER) && !me.has(Role.ADMIN)) {
			throw new WorkflowStepRefused("role", "only the PMS unit (pms officer) or an administrator may import an SDBIP");
		}
		OrganisationSummary organisation = organisations.findByCode(organisationCode, me.scope())
			.orElseThrow(() -> new NotFound("No organisation " + organisationCode));
		FinancialYear year = FinancialYear.of(startYear, organisation.jurisdictionPath());
		Set<String> departments = organisations.departments(organisation.code()).stream().map(Department::code)
			.collect(Collectors.toSet());
		SdbipWorkbook.Read read = SdbipWorkbook.read(workbook, departments,
				sdbips.settings(organisation.code()).requireConsistentTargets());
		List<ImportProblem> errors = new ArrayList<>(read.problems());
		boolean exists = sdbips.current(organisation.code(), startYear).isPresent();
		if (exists && revision == null) {
			errors.add(0, ImportProblem.of(0, "financialYear", "planning.import.problem.exists", organisation.name(), year.label()));
		}
		if (!exists && revision != null) {
			errors.add(0, ImportProblem.of(0, "financialYear", "planning.import.problem.noneToRevise", year.label()));
		}
		int rowsRead = read.rows().size() + (int) read.problems().stream().map(ImportProblem::row).filter(r -> r > 1).distinct().count();
		if (dryRun || !errors.isEmpty()) {
			return new ImportResult(dryRun, rowsRead, errors, null, null);
		}
		try {
			Sdbip created = sdbips.create(organisation, startYear, title, read.rows(), revision, false, me.getUsername());
			return new ImportResult(false, rowsRead, errors, created.id(), created.version());
		}
		catch (Conflict e) {
			return new ImportResult(false, rowsRead, List.of(new ImportProblem(0, e.field(), e.getMessage())), null, null);
		}
	}

	/** Writes the SDBIP's KPIs with their actuals and statuses, statuses in the reader's words. */
	@Transactional(readOnly = true)
	public void export(Sdbip sdbip, Function<String, String> labels, OutputStream out) throws IOException {
		SdbipWorkbook.export(sdbips.performance(sdbip), labels, out);
	}

	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}
}
