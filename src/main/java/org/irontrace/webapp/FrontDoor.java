package org.irontrace.webapp;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The root address as a person types it into a browser: a new visitor goes to the sign-in page, a
 * signed-in analyst to the home page. API clients never reach this: without HTML in their Accept
 * header the API's chain answers them (PageSecurity).
 */
@Controller
class FrontDoor {

	@PreAuthorize("permitAll()")
	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String enter() {
		return PageFrame.signedIn() ? "redirect:/app" : "redirect:/login";
	}
}
