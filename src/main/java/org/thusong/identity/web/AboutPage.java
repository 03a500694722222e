package org.thusong.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** What Thusong is and where its reference data comes from, with each source's licence (public). */
@Controller
class AboutPage {

	@GetMapping("/about")
	String about() {
		return "identity/about";
	}
}
