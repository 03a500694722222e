package org.thusong.coordination.web;

import java.time.Year;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.coordination.IdpIndaba;
import org.thusong.core.Attachment;
import org.thusong.core.CsvField;
import org.thusong.core.InvalidInput;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;
import org.thusong.projects.Project;

/** The IDP indaba session page for a municipality and year, and its export. */
@Controller
class IndabaPages {

	private final IdpIndaba indaba;

	IndabaPages(IdpIndaba indaba) {
		this.indaba = indaba;
	}

	@GetMapping("/coordination/indaba")
	String session(@RequestParam(required = false) String municipality, @RequestParam(required = false) String year,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model) {
		String code = municipality == null || municipality.isBlank() ? me.organisationCode() : municipality.trim();
		model.addAttribute("municipality", code == null ? "" : code);
		model.addAttribute("year", year(year));
		if (code != null && !code.isBlank()) {
			model.addAttribute("indaba", indaba.session(code, year(year), scope));
		}
		return "coordination/indaba";
	}

	@GetMapping(path = "/coordination/indaba.csv", produces = "text/csv")
	ResponseEntity<String> csv(@RequestParam String municipality, @RequestParam(required = false) String year, Scope scope) {
		IdpIndaba.Session s = indaba.session(municipality.trim(), year(year), scope);
		StringBuilder out = new StringBuilder("finding,code or reference,title,owner,service,wards\n");
		for (IdpIndaba.Priority p : s.unfunded()) {
			out.append("priority no sphere funds,").append(CsvField.of(p.code())).append(',').append(CsvField.of(p.title())).append(",,,\n");
		}
		for (Project p : s.notInIdp()) {
			out.append("project the IDP does not mention,").append(row(p)).append('\n');
		}
		for (IdpIndaba.SamePlace sp : s.samePlace()) {
			out.append("same ward and service by two spheres,").append(row(sp.first())).append('\n');
			out.append("same ward and service by two spheres,").append(row(sp.second())).append('\n');
		}
		return Attachment.of(out.toString(), "idp-indaba-" + s.municipality().code() + "-" + s.year() + ".csv", "text/csv;charset=UTF-8");
	}

	private static String row(Project p) {
		return CsvField.of(p.reference()) + ',' + CsvField.of(p.title()) + ',' + CsvField.of(p.ownerName()) + ',' + p.service().code() + ','
				+ CsvField.of(String.join(" ", p.wardCodes()));
	}

	private static int year(String text) {
		if (text == null || text.isBlank()) {
			return Year.now().getValue();
		}
		try {
			int y = Integer.parseInt(text.trim());
			if (y < 2000 || y > 2100) {
				throw new NumberFormatException();
			}
			return y;
		}
		catch (NumberFormatException e) {
			throw new InvalidInput("year", "give a year such as 2026");
		}
	}
}
