package org.irontrace.webapp;

import java.util.Arrays;
import java.util.List;

import org.irontrace.access.AccessDirectory;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.Caller;
import org.irontrace.access.Callers;
import org.irontrace.access.Role;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The users page as the caller may see it: the accounts listed, and the new-user form as given. */
@Component
class AdminUsersView {

	private final AccessDirectory directory;

	private final Callers callers;

	AdminUsersView(AccessDirectory directory, Callers callers) {
		this.directory = directory;
		this.callers = callers;
	}

	/** The page with an empty new-user form, after an act on an existing account. */
	String show(AdminProblems problems, Model model) {
		return show(new AccessRequests.NewUser("", "", callers.current().agency(), List.of()), problems, model);
	}

	String show(AccessRequests.NewUser form, AdminProblems problems, Model model) {
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
