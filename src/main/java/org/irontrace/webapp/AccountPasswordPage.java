package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.AccountPasswords;
import org.irontrace.access.AccountStanding;
import org.irontrace.access.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every signed-in person changes their own password here, and a person signed in with a password
 * an administrator reset is sent here before anything else ({@link SessionStanding}). The change
 * ends the person's other sessions; this one goes on under a new session id.
 */
@Controller
class AccountPasswordPage {

	static final String PATH = "/app/account/password";

	static final List<String> FIELDS = List.of("currentPassword", "newPassword");

	private final AccountPasswords passwords;

	private final AccountStanding standing;

	private final Callers callers;

	AccountPasswordPage(AccountPasswords passwords, AccountStanding standing, Callers callers) {
		this.passwords = passwords;
		this.standing = standing;
		this.callers = callers;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping(PATH)
	String form(Model model) {
		model.addAttribute("problems", new AdminProblems("password"));
		return "webapp/account-password";
	}

	@PreAuthorize("isAuthenticated()")
	@PostMapping(PATH)
	Object change(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		try {
			passwords.change(callers.current(), new AccessRequests.PasswordChange(currentPassword, newPassword));
		}
		catch (RuntimeException refusal) {
			AdminProblems problems = new AdminProblems("password").refused(refusal, FIELDS, "currentPassword");
			response.setStatus(problems.status());
			model.addAttribute("problems", problems);
			return "webapp/account-password";
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(standing.renewed(SecurityContextHolder.getContext().getAuthentication()));
		SecurityContextHolder.setContext(context);
		request.changeSessionId();
		new HttpSessionSecurityContextRepository().saveContext(context, request, response);
		return AdminPages.seeOther(PATH + "?changed");
	}
}
