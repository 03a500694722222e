package org.thusong.organisations;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.geography.AreaSummary;

/**
 * A body that acts in an area: a municipality, a provincial or national department, an agency,
 * an NGO or a muhtarlık.
 * <p>
 * Lifecycle: {@link #register registered} with a unique code, a kind and a jurisdiction (an area
 * of a current demarcation; its code path becomes the scope of the organisation's users), then
 * {@link #rename renamed}, {@link #classifyAs reclassified}, {@link #moveJurisdictionTo moved} and
 * given departments ({@link #addDepartment}, {@link #renameDepartment}, {@link #removeDepartment}).
 * Organisations are not deleted: other modules keep their code.
 */
public class Organisation {

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

	private final Long id;

	private final String code;

	private String name;

	private OrganisationKind kind;

	private String jurisdictionAreaCode;

	private String jurisdictionPath;

	private final boolean demo;

	private final int version;

	private final List<Department> departments;

	Organisation(Long id, String code, String name, OrganisationKind kind, String jurisdictionAreaCode,
			String jurisdictionPath, boolean demo, int version, List<Department> departments) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.kind = kind;
		this.jurisdictionAreaCode = jurisdictionAreaCode;
		this.jurisdictionPath = jurisdictionPath;
		this.demo = demo;
		this.version = version;
		this.departments = new ArrayList<>(departments);
	}

	/** A new organisation; the jurisdiction must be an area of a current demarcation. */
	public static Organisation register(String code, String name, OrganisationKind kind, AreaSummary jurisdiction,
			boolean demo) {
		String trimmed = code == null ? "" : code.trim();
		if (!CODE.matcher(trimmed).matches()) {
			throw new InvalidInput("code", "letters, digits, '-' or '_', at most 40 characters, starting with a letter or digit");
		}
		if (kind == null) {
			throw new InvalidInput("kind", "is required");
		}
		if (jurisdiction == null) {
			throw new InvalidInput("jurisdictionAreaCode", "must be an area of a current demarcation");
		}
		return new Organisation(null, trimmed, checkedName(name), kind, jurisdiction.code(), jurisdiction.codePath(),
				demo, 0, List.of());
	}

	public void rename(String newName) {
		this.name = checkedName(newName);
	}

	public void classifyAs(OrganisationKind newKind) {
		if (newKind == null) {
			throw new InvalidInput("kind", "is required");
		}
		this.kind = newKind;
	}

	public void moveJurisdictionTo(AreaSummary area) {
		if (area == null) {
			throw new InvalidInput("jurisdictionAreaCode", "must be an area of a current demarcation");
		}
		this.jurisdictionAreaCode = area.code();
		this.jurisdictionPath = area.codePath();
	}

	public Department addDepartment(String departmentCode, String departmentName) {
		Department department = new Department(departmentCode, departmentName);
		if (findDepartment(department.code()) != null) {
			throw new Conflict("departmentCode", "departmentCode: '" + department.code() + "' already exists in " + code);
		}
		departments.add(department);
		return department;
	}

	public void renameDepartment(String departmentCode, String newName) {
		Department existing = existingDepartment(departmentCode);
		departments.set(departments.indexOf(existing), new Department(existing.code(), newName));
	}

	public void removeDepartment(String departmentCode) {
		departments.remove(existingDepartment(departmentCode));
	}

	private Department existingDepartment(String departmentCode) {
		Department existing = findDepartment(departmentCode);
		if (existing == null) {
			throw new NotFound("No department '" + departmentCode + "' in " + code);
		}
		return existing;
	}

	private Department findDepartment(String departmentCode) {
		if (departmentCode == null) {
			return null;
		}
		String wanted = departmentCode.trim().toUpperCase(Locale.ROOT);
		return departments.stream().filter(d -> d.code().equals(wanted)).findFirst().orElse(null);
	}

	private static String checkedName(String name) {
		String trimmed = name == null ? "" : name.trim();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new InvalidInput("name", "is required, at most 200 characters");
		}
		return trimmed;
	}

	Long id() {
		return id;
	}

	int version() {
		return version;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	public OrganisationKind kind() {
		return kind;
	}

	public String jurisdictionAreaCode() {
		return jurisdictionAreaCode;
	}

	public String jurisdictionPath() {
		return jurisdictionPath;
	}

	public boolean demo() {
		return demo;
	}

	public List<Department> departments() {
		return List.copyOf(departments);
	}

	public OrganisationSummary summary() {
		return new OrganisationSummary(code, name, kind, jurisdictionAreaCode, jurisdictionPath, demo);
	}

	/** What the audit trail keeps of an organisation. */
	public record Snapshot(String code, String name, OrganisationKind kind, String jurisdictionAreaCode,
			String jurisdictionPath, boolean demo, List<Department> departments) {
	}

	Snapshot snapshot() {
		return new Snapshot(code, name, kind, jurisdictionAreaCode, jurisdictionPath, demo, departments());
	}
}
