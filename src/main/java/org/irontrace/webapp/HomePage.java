package org.irontrace.webapp;

import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where an analyst lands after signing in: the agency it works for and what it can do from here.
 * Anyone signed in may see it; the links offered follow the roles.
 */
@Controller
class HomePage {

	private final Callers callers;

	HomePage(Callers callers) {
		this.callers = callers;
	}

	@PreAuthorize("isAuthenticated()")
	@GetMapping("/app")
	String home(Model model) {
		Caller caller = callers.current();
		boolean worksRecords = caller.has(Role.ANALYST) || caller.has(Role.INVESTIGATOR) || caller.has(Role.SUPERVISOR)
				|| caller.has(Role.ADMIN);
		model.addAttribute("worksRecords", worksRecords);
		model.addAttribute("roleKeys", caller.roles().stream().map(role -> "role." + role.name()).sorted().toList());
		return "webapp/home";
	}
}
