package org.irontrace.webapp;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.irontrace.access.AccessAdministration;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The users an administrator manages (its own agency's; every agency's for the operators), with
 * their roles and whether they are locked out or disabled, and a new user with roles. What is done
 * to an existing account is {@link AdminAccountPages}.
 */
@Controller
class AdminUserPages {

	static final List<String> USER_FIELDS = List.of("username", "password", "agency", "roles");

	private final AccessAdministration administration;

	private final AdminUsersView view;

	private final Callers callers;

	AdminUserPages(AccessAdministration administration, AdminUsersView view, Callers callers) {
		this.administration = administration;
		this.view = view;
		this.callers = callers;
	}

	@PreAuthorize(Roles.ADMINISTER)
	@GetMapping("/app/admin/users")
	String users(Model model) {
		Caller caller = callers.current();
		return view.show(new AccessRequests.NewUser("", "", caller.agency(), List.of()), new AdminProblems("user"), model);
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
			return view.show(new AccessRequests.NewUser(request.username(), "", forAgency, request.roles()), problems, model);
		}
		flash.addFlashAttribute("done", "admin.done.user");
		flash.addFlashAttribute("doneSubject", request.username());
		return AdminPages.seeOther("/app/admin/users");
	}
}
