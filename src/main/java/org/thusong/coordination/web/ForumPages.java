package org.thusong.coordination.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.thusong.coordination.Forums;
import org.thusong.core.InvalidInput;
import org.thusong.core.NotFound;
import org.thusong.core.Scope;
import org.thusong.identity.ThusongUser;

/** Forums of the reader's scope, each with its members, meetings and resolutions, and the forum audit. */
@Controller
class ForumPages {

	static final String KEEPERS = "hasAnyRole('ADMIN','COORDINATOR','MANAGER')";

	private final Forums forums;

	ForumPages(Forums forums) {
		this.forums = forums;
	}

	@GetMapping("/coordination/forums")
	String list(Scope scope, Model model) {
		return list(scope, model, Map.of(), null);
	}

	private String list(Scope scope, Model model, Map<String, String> form, String error) {
		model.addAttribute("forums", forums.forums(scope));
		model.addAttribute("types", Forums.ForumType.values());
		model.addAttribute("form", form);
		model.addAttribute("error", error);
		return "coordination/forums";
	}

	@PostMapping("/coordination/forums")
	@PreAuthorize(KEEPERS)
	String create(@RequestParam Map<String, String> form, @AuthenticationPrincipal ThusongUser me, Scope scope, Model model,
			HttpServletResponse response) {
		try {
			Forums.Forum forum = forums.create(form.get("name"), SupportPages.choice(Forums.ForumType.class, form.get("type"), "type"),
					form.get("termsOfReference"), SupportPages.number(form.get("meetingsPerYear"), "meetingsPerYear"),
					lines(form.get("members")), me);
			return "redirect:/coordination/forums/" + forum.id();
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return list(scope, model, form, e.getMessage());
		}
	}

	@GetMapping("/coordination/forums/{id}")
	String forum(@PathVariable long id, Scope scope, Model model) {
		return show(id, scope, model, null);
	}

	private String show(long id, Scope scope, Model model, String error) {
		model.addAttribute("forum", forums.find(id, scope).orElseThrow(() -> new NotFound("No forum " + id + " within your scope")));
		model.addAttribute("error", error);
		return "coordination/forum";
	}

	@PostMapping("/coordination/forums/{id}/meetings")
	@PreAuthorize(KEEPERS)
	String meeting(@PathVariable long id, @RequestParam Map<String, String> form,
			@RequestParam(name = "minutes", required = false) org.springframework.web.multipart.MultipartFile minutes,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model, HttpServletResponse response) {
		try {
			forums.recordMeeting(id, SupportPages.date(form.get("heldOn"), "heldOn"), form.get("agenda"),
					lines(form.get("attendance")), minutes, me);
			return "redirect:/coordination/forums/" + id;
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(id, scope, model, e.getMessage());
		}
		catch (org.thusong.documents.DocumentTooLarge | org.thusong.documents.UnsupportedDocumentType e) {
			response.setStatus(e instanceof org.thusong.documents.DocumentTooLarge ? 413 : 415);
			return show(id, scope, model, "minutes: " + e.getMessage());
		}
	}

	@PostMapping("/coordination/forums/{id}/meetings/{meeting}/resolutions")
	@PreAuthorize(KEEPERS)
	String resolution(@PathVariable long id, @PathVariable long meeting, @RequestParam Map<String, String> form,
			@AuthenticationPrincipal ThusongUser me, Scope scope, Model model, HttpServletResponse response) {
		try {
			forums.resolve(meeting, form.get("text"), form.get("owner"), SupportPages.date(form.get("dueOn"), "dueOn"), me);
			return "redirect:/coordination/forums/" + id;
		}
		catch (InvalidInput e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return show(id, scope, model, e.getMessage());
		}
	}

	@PostMapping("/coordination/forums/{id}/resolutions/{resolution}/done")
	@PreAuthorize(KEEPERS)
	String done(@PathVariable long id, @PathVariable long resolution, @AuthenticationPrincipal ThusongUser me) {
		forums.complete(resolution, me);
		return "redirect:/coordination/forums/" + id;
	}

	@GetMapping("/coordination/forums/audit")
	String audit(Scope scope, Model model) {
		model.addAttribute("audit", forums.audit(scope));
		return "coordination/forum-audit";
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[\\r\\n,;]+")).map(String::trim).filter(s -> !s.isEmpty()).toList();
	}
}
