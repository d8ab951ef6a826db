package org.irontrace.webapp;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AccessDirectory;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.AccountPasswords;
import org.irontrace.access.AccountUpkeep;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users an administrator manages (its own agency's; every agency's for the operators), with
 * their roles and whether they are locked out or disabled; a new user with roles; unlocking,
 * disabling and enabling, changing roles and resetting a password.
 */
@Controller
class AdminUserPages {

	static final List<String> USER_FIELDS = List.of("username", "password", "agency", "roles");

	/** What a refusal of an act on an existing account may name: its roles, or that it is one's own. */
	static final List<String> ACCOUNT_FIELDS = List.of("username", "roles");

	private final AccessAdministration administration;

	private final AccountUpkeep upkeep;

	private final AccountPasswords passwords;

	private final AccessDirectory directory;

	private final Callers callers;

	AdminUserPages(AccessAdministration administration, AccountUpkeep upkeep, AccountPasswords passwords,
			AccessDirectory directory, Callers callers) {
		this.administration = administration;
		this.upkeep = upkeep;
		this.passwords = passwords;
		this.directory = directory;
		this.callers = callers;
	}

	@PreAuthorize(Roles.ADMINISTER)
	@GetMapping("/app/admin/users")
	String users(Model model) {
		Caller caller = callers.current();
		return show(new AccessRequests.NewUser("", "", caller.agency(), List.of()), new AdminProblems("user"), model);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/users")
	Object create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
			@RequestParam(required = false) String agency, @RequestParam(required = false) List<String> roles,
			Model model, HttpServletResponse response, RedirectAttributes flash) {
		Caller caller = callers.current();
		String forAgency = agency == null || agency.isBlank() ? caller.agency() : agency.trim();
		AccessRequests.NewUser request = new AccessRequests.NewUser(username.trim(), password, forAgency,
				roles == null ? List.of() : roles);
		AdminProblems problems = new AdminProblems("user");
		try {
			administration.createUser(caller, request);
		}
		catch (RuntimeException refusal) {
			problems.refused(refusal, USER_FIELDS, "username");
			response.setStatus(problems.status());
			// The password is never sent back to the browser.
			return show(new AccessRequests.NewUser(request.username(), "", forAgency, request.roles()), problems, model);
		}
		flash.addFlashAttribute("done", "admin.done.user");
		flash.addFlashAttribute("doneSubject", request.username());
		return AdminPages.seeOther("/app/admin/users");
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/users/{username}/unlock")
	Object unlock(@PathVariable String username, Model model, HttpServletResponse response, RedirectAttributes flash) {
		return onAccount(username, "admin.done.unlocked", () -> upkeep.unlock(callers.current(), username), model,
				response, flash);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/users/{username}/disable")
	Object disable(@PathVariable String username, Model model, HttpServletResponse response, RedirectAttributes flash) {
		return onAccount(username, "admin.done.disabled", () -> upkeep.setDisabled(callers.current(), username, true),
				model, response, flash);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/users/{username}/enable")
	Object enable(@PathVariable String username, Model model, HttpServletResponse response, RedirectAttributes flash) {
		return onAccount(username, "admin.done.enabled", () -> upkeep.setDisabled(callers.current(), username, false),
				model, response, flash);
	}

	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/users/{username}/roles")
	Object changeRoles(@PathVariable String username, @RequestParam(required = false) List<String> roles, Model model,
			HttpServletResponse response, RedirectAttributes flash) {
		return onAccount(username, "admin.done.roles",
				() -> upkeep.changeRoles(callers.current(), username, roles == null ? List.of() : roles), model, response,
				flash);
	}

	/**
	 * The temporary password is shown on the answer to this form only (never put in the session or
	 * a redirect), for the administrator to hand over.
	 */
	@PreAuthorize(Roles.ADMINISTER)
	@PostMapping("/app/admin/users/{username}/password-reset")
	String resetPassword(@PathVariable String username, Model model, HttpServletResponse response) {
		Caller caller = callers.current();
		AdminProblems problems = new AdminProblems("account");
		try {
			model.addAttribute("temporaryPassword", passwords.reset(caller, username).temporaryPassword());
			model.addAttribute("temporaryFor", username);
		}
		catch (RuntimeException refusal) {
			problems.refused(refusal, ACCOUNT_FIELDS, "users");
			response.setStatus(problems.status());
		}
		return show(new AccessRequests.NewUser("", "", caller.agency(), List.of()), problems, model);
	}

	/** One administrator's act on an existing account: done and said so, or the page again with the refusal. */
	private Object onAccount(String username, String doneKey, Runnable act, Model model, HttpServletResponse response,
			RedirectAttributes flash) {
		try {
			act.run();
		}
		catch (RuntimeException refusal) {
			AdminProblems problems = new AdminProblems("account").refused(refusal, ACCOUNT_FIELDS, "users");
			response.setStatus(problems.status());
			return show(new AccessRequests.NewUser("", "", callers.current().agency(), List.of()), problems, model);
		}
		flash.addFlashAttribute("done", doneKey);
		flash.addFlashAttribute("doneSubject", username);
		return AdminPages.seeOther("/app/admin/users");
	}

	private String show(AccessRequests.NewUser form, AdminProblems problems, Model model) {
		Caller caller = callers.current();
		model.addAttribute("users", directory.listUsers(caller).stream().map(UserRow::of).toList());
		model.addAttribute("agencies", directory.listAgencies(caller));
		model.addAttribute("operator", directory.administersInstallation(caller));
		model.addAttribute("allRoles", Arrays.stream(Role.values()).map(Enum::name).toList());
		model.addAttribute("form", form);
		model.addAttribute("problems", problems);
		return "webapp/admin-users";
	}

	/** A user as listed, with the end of a lock-out in UTC. */
	record UserRow(String username, String agency, java.util.Set<Role> roles, boolean locked,
			java.time.LocalDateTime lockedUntil, boolean disabled) {

		static UserRow of(AccessDirectory.UserListing user) {
			return new UserRow(user.username(), user.agency(), user.roles(), user.locked(), user.lockedUntil() == null ? null
					: java.time.LocalDateTime.ofInstant(user.lockedUntil(), java.time.ZoneOffset.UTC),
					user.disabledAt() != null);
		}

		/** Whether the account holds the role of this name (the boxes of its roles form). */
		public boolean has(String role) {
			return roles.stream().anyMatch(held -> held.name().equals(role));
		}
	}
}
