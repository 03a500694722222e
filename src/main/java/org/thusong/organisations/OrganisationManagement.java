package org.thusong.organisations;

import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thusong.audit.AuditTrail;
import org.thusong.core.Conflict;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.geography.AreaSummary;
import org.thusong.geography.Areas;

/**
 * Registers and changes organisations: one transaction per command, each audited, each limited
 * to the actor's scope (an administrator of Amathole registers bodies in Amathole only).
 */
@Service
public class OrganisationManagement {

	private final OrganisationStore store;

	private final Areas areas;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	OrganisationManagement(OrganisationStore store, Areas areas, AuditTrail audit, ApplicationEventPublisher events) {
		this.store = store;
		this.areas = areas;
		this.audit = audit;
		this.events = events;
	}

	/** What is needed to register an organisation. */
	public record Registration(String code, String name, OrganisationKind kind, String jurisdictionAreaCode,
			List<Department> departments, boolean demo) {

		public Registration {
			departments = departments == null ? List.of() : List.copyOf(departments);
		}
	}

	/** What may change of an organisation's facts. */
	public record Changes(String name, OrganisationKind kind, String jurisdictionAreaCode) {
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(String code, Scope scope) {
		return store.findByCode(code).filter(o -> scope.covers(o.jurisdictionPath()));
	}

	@Transactional
	public Organisation register(Registration registration, Scope actorScope) {
		AreaSummary area = jurisdiction(registration.jurisdictionAreaCode());
		requireWithin(actorScope, area);
		Organisation organisation = Organisation.register(registration.code(), registration.name(), registration.kind(),
				area, registration.demo());
		if (store.codeExists(organisation.code())) {
			throw new Conflict("code", "code: an organisation with code '" + organisation.code() + "' already exists");
		}
		for (Department department : registration.departments()) {
			organisation.addDepartment(department.code(), department.name());
		}
		store.save(organisation);
		audit.record("organisation", organisation.code(), "created", organisation.jurisdictionPath(), null,
				organisation.snapshot());
		events.publishEvent(new OrganisationRegistered(organisation.code(), organisation.kind(),
				organisation.jurisdictionPath()));
		return organisation;
	}

	@Transactional
	public Organisation change(String code, Changes changes, Scope actorScope) {
		Organisation organisation = existing(code, actorScope);
		Organisation.Snapshot before = organisation.snapshot();
		String previousPath = organisation.jurisdictionPath();
		organisation.rename(changes.name());
		organisation.classifyAs(changes.kind());
		if (changes.jurisdictionAreaCode() != null
				&& !changes.jurisdictionAreaCode().trim().equalsIgnoreCase(organisation.jurisdictionAreaCode())) {
			AreaSummary area = jurisdiction(changes.jurisdictionAreaCode());
			requireWithin(actorScope, area);
			organisation.moveJurisdictionTo(area);
		}
		store.save(organisation);
		audit.record("organisation", organisation.code(), "updated", organisation.jurisdictionPath(), before,
				organisation.snapshot());
		if (!previousPath.equals(organisation.jurisdictionPath())) {
			events.publishEvent(new OrganisationJurisdictionMoved(organisation.code(), previousPath,
					organisation.jurisdictionPath()));
		}
		return organisation;
	}

	@Transactional
	public Organisation addDepartment(String code, String departmentCode, String departmentName, Scope actorScope) {
		Organisation organisation = existing(code, actorScope);
		Organisation.Snapshot before = organisation.snapshot();
		organisation.addDepartment(departmentCode, departmentName);
		return saved(organisation, "department-added", before);
	}

	@Transactional
	public Organisation renameDepartment(String code, String departmentCode, String departmentName, Scope actorScope) {
		Organisation organisation = existing(code, actorScope);
		Organisation.Snapshot before = organisation.snapshot();
		organisation.renameDepartment(departmentCode, departmentName);
		return saved(organisation, "department-renamed", before);
	}

	@Transactional
	public Organisation removeDepartment(String code, String departmentCode, Scope actorScope) {
		Organisation organisation = existing(code, actorScope);
		Organisation.Snapshot before = organisation.snapshot();
		organisation.removeDepartment(departmentCode);
		return saved(organisation, "department-removed", before);
	}

	/** Whether the area exists in a current demarcation and lies inside the scope. */
	@Transactional(readOnly = true)
	public boolean isWithin(String areaCode, Scope scope) {
		return areas.find(areaCode).map(a -> scope.covers(a.codePath())).orElse(false);
	}

	private Organisation saved(Organisation organisation, String action, Organisation.Snapshot before) {
		store.save(organisation);
		audit.record("organisation", organisation.code(), action, organisation.jurisdictionPath(), before,
				organisation.snapshot());
		return organisation;
	}

	private Organisation existing(String code, Scope scope) {
		return store.findByCode(code)
			.filter(o -> scope.covers(o.jurisdictionPath()))
			.orElseThrow(() -> new NotFound("No organisation '" + code + "'"));
	}

	private AreaSummary jurisdiction(String areaCode) {
		return areas.find(areaCode)
			.orElseThrow(() -> new InvalidInput("jurisdictionAreaCode",
					"must be the code of an area of a current demarcation, not '" + areaCode + "'"));
	}

	private static void requireWithin(Scope scope, AreaSummary area) {
		if (!scope.covers(area.codePath())) {
			throw new AccessDeniedException("The jurisdiction " + area.code() + " lies outside your scope");
		}
	}
}
