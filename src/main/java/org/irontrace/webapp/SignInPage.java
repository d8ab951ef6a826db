package org.irontrace.webapp;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security checks the password it posts (same accounts as the API). */
@Controller
class SignInPage {

	@PreAuthorize("permitAll()")
	@GetMapping("/login")
	String signIn() {
		return "webapp/login";
	}
}
