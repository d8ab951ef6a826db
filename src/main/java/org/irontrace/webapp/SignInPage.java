package org.irontrace.webapp;

import org.irontrace.access.OpenIdProviders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in form; Spring Security checks the password it posts (same accounts as the API). Below
 * it, one button per agency whose OpenID Connect provider the operators configured.
 */
@Controller
class SignInPage {

	private final OpenIdProviders providers;

	SignInPage(OpenIdProviders providers) {
		this.providers = providers;
	}

	@PreAuthorize("permitAll()")
	@GetMapping("/login")
	String signIn(Model model) {
		model.addAttribute("providers", providers.signInChoices());
		return "webapp/login";
	}
}
