package org.thusong.coordination.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.thusong.coordination.Intervention;
import org.thusong.coordination.NewIntervention;
import org.thusong.coordination.SupportArea;
import org.thusong.coordination.SupportRegister;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;

/** The support register over the API: record interventions and gaps, read a municipality's plan. */
@RestController
@RequestMapping("/api/v1/support")
class SupportApi {

	record NewGap(String municipality, SupportArea area, String description) {
	}

	private final SupportRegister register;

	SupportApi(SupportRegister register) {
		this.register = register;
	}

	@PostMapping("/interventions")
	@PreAuthorize(SupportPages.RECORDERS)
	ResponseEntity<Intervention> record(@RequestBody NewIntervention command, @AuthenticationPrincipal ThusongUser me) {
		Intervention recorded = register.record(command, me);
		return ResponseEntity.created(URI.create("/api/v1/support/plans/" + recorded.municipalityCode())).body(recorded);
	}

	@PostMapping("/gaps")
	@PreAuthorize("hasAnyRole('ADMIN','COORDINATOR')")
	SupportRegister.Gap gap(@RequestBody NewGap gap, @AuthenticationPrincipal ThusongUser me) {
		return register.recordGap(gap.municipality(), gap.area(), gap.description(), me);
	}

	@GetMapping("/plans/{municipality}")
	SupportRegister.Plan plan(@PathVariable String municipality, Scope scope) {
		return register.plan(municipality, scope);
	}

	@GetMapping("/overview")
	List<SupportRegister.Overview> overview(Scope scope) {
		return register.overview(scope);
	}
}
