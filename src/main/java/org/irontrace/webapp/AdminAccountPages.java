package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AccountPasswords;
import org.irontrace.access.AccountUpkeep;
import org.irontrace.access.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What an administrator does to an existing account from the users page: unlock it, disable and
 * enable it, change its roles, reset its password. The access facades decide who may; a refusal
 * shows the users page again with the problem and its status.
 */
@Controller
class AdminAccountPages {

	/** What a refusal of an act on an existing account may name: its roles, or that it is one's own. */
	static final List<String> ACCOUNT_FIELDS = List.of("username", "roles");

	private final AccountUpkeep upkeep;

	private final AccountPasswords passwords;

	private final AdminUsersView view;

	private final Callers callers;

	AdminAccountPages(AccountUpkeep upkeep, AccountPasswords passwords, AdminUsersView view, Callers callers) {
		this.upkeep = upkeep;
		this.passwords = passwords;
		this.view = view;
		this.callers = callers;
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
		AdminProblems problems = new AdminProblems("account");
		try {
			model.addAttribute("temporaryPassword", passwords.reset(callers.current(), username).temporaryPassword());
			model.addAttribute("temporaryFor", username);
		}
		catch (RuntimeException refusal) {
			problems.refused(refusal, ACCOUNT_FIELDS, "users");
			response.setStatus(problems.status());
		}
		return view.show(problems, model);
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
			return view.show(problems, model);
		}
		flash.addFlashAttribute("done", doneKey);
		flash.addFlashAttribute("doneSubject", username);
		return AdminPages.seeOther("/app/admin/users");
	}
}
