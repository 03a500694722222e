package org.thusong.organisations.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.core.NotFound;
import org.thusong.core.PageOf;
import org.thusong.core.PageRequestOf;
import org.thusong.core.Scope;
import org.thusong.organisations.Department;
import org.thusong.organisations.Organisation;
import org.thusong.organisations.OrganisationKind;
import org.thusong.organisations.OrganisationManagement;
import org.thusong.organisations.OrganisationManagement.Registration;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.organisations.Organisations;

/** Organisations as JSON, limited to the caller's scope; administrators register new ones. */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApi {

	private final Organisations organisations;

	private final OrganisationManagement management;

	OrganisationApi(Organisations organisations, OrganisationManagement management) {
		this.organisations = organisations;
		this.management = management;
	}

	record OrganisationJson(String code, String name, OrganisationKind kind, String jurisdictionAreaCode,
			String jurisdictionPath, boolean demo, List<Department> departments) {

		static OrganisationJson of(Organisation o) {
			return new OrganisationJson(o.code(), o.name(), o.kind(), o.jurisdictionAreaCode(), o.jurisdictionPath(),
					o.demo(), o.departments());
		}
	}

	record NewOrganisation(String code, String name, String kind, String jurisdictionAreaCode,
			List<NewDepartment> departments) {
	}

	record NewDepartment(String code, String name) {
	}

	@GetMapping
	PageOf<OrganisationSummary> list(Scope scope, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return organisations.page(scope, OrganisationKind.parse(kind), q, PageRequestOf.of(page, size, 50));
	}

	@GetMapping("/{code}")
	OrganisationJson one(Scope scope, @PathVariable String code) {
		return management.find(code, scope)
			.map(OrganisationJson::of)
			.orElseThrow(() -> new NotFound("No organisation '" + code + "'"));
	}

	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<OrganisationJson> create(Scope scope, @RequestBody NewOrganisation body) {
		List<Department> departments = body.departments() == null ? List.of()
				: body.departments().stream().map(d -> new Department(d.code(), d.name())).toList();
		OrganisationKind kind = OrganisationKind.parse(body.kind());
		if (kind == null) {
			throw new org.thusong.core.InvalidInput("kind", "is required");
		}
		Organisation created = management.register(new Registration(body.code(), body.name(), kind,
				body.jurisdictionAreaCode(), departments, false), scope);
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.code()))
			.body(OrganisationJson.of(created));
	}
}
