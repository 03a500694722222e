package org.thusong.requests.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thusong.core.InvalidInput;
import org.thusong.documents.DocumentTooLarge;
import org.thusong.documents.UnsupportedDocumentType;
import org.thusong.identity.Role;
import org.thusong.identity.ThusongUser;
import org.thusong.organisations.OrganisationSummary;
import org.thusong.requests.CatalogueService;
import org.thusong.requests.Channel;
import org.thusong.requests.FiledBy;
import org.thusong.requests.NewServiceRequest;
import org.thusong.requests.RequestDesk;
import org.thusong.requests.RequestKind;
import org.thusong.requests.ServiceRequest;
import org.thusong.requests.internal.PublicFilingLimit;

/**
 * The public request form of a municipality, for anyone without signing in: a service, its
 * questions, what is wrong, where (a pin on the map or the ward from a list), who to answer
 * (optional) and up to three photos; then the reference number. A community representative who
 * is signed in files on residents' behalf through the same form.
 */
@Controller
class ReportPages {

	/** The form as posted; every field a string so that bad input comes back as typed. */
	record ReportForm(String service, String kind, String description, String lat, String lon, String ward,
			String address, String name, String phone, String email) {

		static ReportForm empty() {
			return new ReportForm(null, "REQUEST", null, null, null, null, null, null, null, null);
		}
	}

	private final RequestDesk desk;

	private final FilingChoices choices;

	private final PublicFilingLimit limit;

	private final MessageSource messages;

	ReportPages(RequestDesk desk, FilingChoices choices, PublicFilingLimit limit, MessageSource messages) {
		this.desk = desk;
		this.choices = choices;
		this.limit = limit;
		this.messages = messages;
	}

	@GetMapping("/report/{organisation}")
	String form(@PathVariable String organisation, Model model) {
		return show(choices.municipality(organisation), ReportForm.empty(), Map.of(), Map.of(), model);
	}

	@GetMapping(path = "/report/{organisation}/map.geojson", produces = "application/geo+json")
	ResponseEntity<String> map(@PathVariable String organisation) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/geo+json"))
			.body(choices.mapGeoJson(choices.municipality(organisation)));
	}

	@PostMapping("/report/{organisation}")
	String file(@PathVariable String organisation, @ModelAttribute("form") ReportForm form,
			@RequestParam(name = "photos", required = false) List<MultipartFile> photos,
			@AuthenticationPrincipal Object principal, HttpServletRequest request, HttpServletResponse response,
			Model model, RedirectAttributes redirect, Locale locale) {
		OrganisationSummary municipality = choices.municipality(organisation);
		CatalogueService service = choices.service(municipality.code(), form.service()).orElse(null);
		Map<String, List<String>> answers = FilingChoices.answers(request, service);
		ThusongUser user = principal instanceof ThusongUser u ? u : null;
		String clientIp = request.getRemoteAddr();
		if (user == null && limit.reached(clientIp)) {
			response.setStatus(429);
			model.addAttribute("alert", messages.getMessage("requests.report.tooMany", new Object[] { limit.perHour() }, locale));
			return show(municipality, form, answers, Map.of(), model);
		}
		boolean representative = user != null && user.has(Role.COMMUNITY_REPRESENTATIVE);
		try {
			NewServiceRequest command = new NewServiceRequest(municipality.code(), form.service(), kind(form.kind()),
					form.description(), coordinate(form.lat(), "lat"), coordinate(form.lon(), "long"), blank(form.ward()), null,
					form.address(), form.name(), form.phone(), form.email(),
					representative ? FiledBy.COMMUNITY_REPRESENTATIVE : FiledBy.CITIZEN, Channel.WEB, answers);
			ServiceRequest filed = desk.file(command, user == null ? null : user.getUsername(), photos);
			if (user == null) {
				limit.count(clientIp);
			}
			redirect.addFlashAttribute("reference", filed.reference());
			return "redirect:/report/" + municipality.code() + "/filed";
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(municipality, form, answers, PageText.errors(e, messages, locale), model);
		}
		catch (DocumentTooLarge e) {
			response.setStatus(413);
			return show(municipality, form, answers, Map.of("photos", messages.getMessage("requests.error.photoTooLarge",
					new Object[] { e.readableLimit() }, locale)), model);
		}
		catch (UnsupportedDocumentType e) {
			response.setStatus(415);
			return show(municipality, form, answers, Map.of("photos", messages.getMessage("requests.error.photoType",
					new Object[] { e.allowedTypes() }, locale)), model);
		}
	}

	@GetMapping("/report/{organisation}/filed")
	String filed(@PathVariable String organisation, Model model) {
		OrganisationSummary municipality = choices.municipality(organisation);
		if (!model.containsAttribute("reference")) {
			return "redirect:/report/" + municipality.code();
		}
		model.addAttribute("municipality", municipality);
		return "requests/filed";
	}

	private String show(OrganisationSummary municipality, ReportForm form, Map<String, List<String>> answers,
			Map<String, String> errors, Model model) {
		model.addAttribute("municipality", municipality);
		model.addAttribute("form", form);
		model.addAttribute("answers", answers);
		model.addAttribute("errors", errors);
		model.addAttribute("groups", choices.services(municipality.code()));
		model.addAttribute("wards", choices.wards(municipality));
		model.addAttribute("kinds", RequestKind.values());
		model.addAttribute("maxPhotos", RequestDesk.MAX_PHOTOS);
		return "requests/report";
	}

	static RequestKind kind(String value) {
		return RequestApi.parse(RequestKind.class, value, "kind");
	}

	static Double coordinate(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(value.trim().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			throw new InvalidInput(field, "must be a number in decimal degrees");
		}
	}

	static String blank(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}
