package org.irontrace.webapp;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AccessDirectory;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.AccountUpkeep;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.IssuedToken;
import org.irontrace.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * API tokens of the administrator's agency: listed by name, roles and expiry, never by their value.
 * A new token is shown once, on the answer to the form that made it, and is not kept anywhere else
 * (not even in the session), since only its hash is stored.
 */
@Controller
class AdminTokenPages {

	static final List<String> TOKEN_FIELDS = List.of("name", "roles", "expiresAt");

	private final AccessAdministration administration;

	private final AccountUpkeep upkeep;

	private final AccessDirectory directory;

	private final Callers callers;

	AdminTokenPages(AccessAdministration administration, AccountUpkeep upkeep, AccessDirectory directory,
			Callers callers) {
		this.administration = administration;
		this.upkeep = upkeep;
		this.directory = directory;
		this.callers = callers;
	}

	@PreAuthorize(Roles.ADMINISTER)
	@GetMapping("/app/admin/tokens")
	String tokens(Model model) {
		return show("", List.of(), AdminDate.of(LocalDate.now().plusDays(90)), new AdminProblems("token"), model);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/tokens")
	String create(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) List<String> roles,
			@RequestParam(required = false) String expiresAtDay, @RequestParam(required = false) String expiresAtMonth,
			@RequestParam(required = false) String expiresAtYear, Model model, HttpServletResponse response) {
		AdminDate expiry = AdminDate.of(expiresAtDay, expiresAtMonth, expiresAtYear);
		List<String> chosen = roles == null ? List.of() : roles;
		AdminProblems problems = new AdminProblems("token");
		if (expiry.date() == null) {
			problems.add("expiresAt", "admin.problem.token.expiresAt");
		}
		else {
			try {
				IssuedToken made = administration.createToken(callers.current(),
						new AccessRequests.NewToken(name.trim(), chosen, expiry.iso()));
				model.addAttribute("newToken", made.token());
				model.addAttribute("newTokenName", name.trim());
				response.setStatus(HttpStatus.CREATED.value());
				return show("", List.of(), AdminDate.of(LocalDate.now().plusDays(90)), problems, model);
			}
			catch (RuntimeException refusal) {
				problems.refused(refusal, TOKEN_FIELDS, "name");
			}
		}
		response.setStatus(problems.status());
		return show(name.trim(), chosen, expiry, problems, model);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/tokens/{id}/revoke")
	Object revoke(@PathVariable String id, Model model, HttpServletResponse response, RedirectAttributes flash) {
		AdminProblems problems = new AdminProblems("token");
		try {
			upkeep.revokeToken(callers.current(), id);
		}
		catch (RuntimeException refusal) {
			problems.refused(refusal, List.of(), "tokens");
			response.setStatus(problems.status());
			return show("", List.of(), AdminDate.of(LocalDate.now().plusDays(90)), problems, model);
		}
		flash.addFlashAttribute("done", "admin.done.tokenRevoked");
		flash.addFlashAttribute("doneSubject", "");
		return AdminPages.seeOther("/app/admin/tokens");
	}

	private String show(String name, List<String> roles, AdminDate expiry, AdminProblems problems, Model model) {
		Caller caller = callers.current();
		model.addAttribute("tokens", directory.listTokens(caller).stream().map(TokenRow::of).toList());
		model.addAttribute("allRoles", Arrays.stream(Role.values()).map(Enum::name).toList());
		model.addAttribute("name", name);
		model.addAttribute("chosenRoles", roles);
		model.addAttribute("expiry", expiry);
		model.addAttribute("problems", problems);
		return "webapp/admin-tokens";
	}

	/** A token as listed: the day it expires (UTC) and whether it still works. */
	record TokenRow(String id, String name, String agency, java.util.Set<Role> roles, LocalDate expiresOn, boolean active,
			boolean revoked) {

		static TokenRow of(AccessDirectory.TokenListing token) {
			return new TokenRow(token.id(), token.name(), token.agency(), token.roles(),
					LocalDate.ofInstant(token.expiresAt(), java.time.ZoneOffset.UTC), token.active(), token.revokedAt() != null);
		}
	}
}
