package org.irontrace.access.web;

import java.util.List;

import org.irontrace.access.AccessDirectory;
import org.irontrace.access.AccessRequests;
import org.irontrace.access.AccountPasswords;
import org.irontrace.access.AccountUpkeep;
import org.irontrace.access.Callers;
import org.irontrace.access.UserAccount;
import org.irontrace.platform.ForbiddenException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What administrators look after once accounts exist: the lists of agencies, users and tokens
 * (scoped in the query: the operators see all, an agency's ADMIN its own), unlocking a user locked
 * out by wrong passwords, disabling and enabling them, changing their roles, resetting their
 * passwords, and revoking a token; and every person's change of their own password. The administration pages call the same facades.
 */
@RestController
@RequestMapping("/api/v1")
class AccountsController {

	private final AccessDirectory directory;

	private final AccountUpkeep upkeep;

	private final AccountPasswords passwords;

	private final Callers callers;

	AccountsController(AccessDirectory directory, AccountUpkeep upkeep, AccountPasswords passwords, Callers callers) {
		this.directory = directory;
		this.upkeep = upkeep;
		this.passwords = passwords;
		this.callers = callers;
	}

	/** Who may call: ADMIN; the operators see every agency, an agency's ADMIN its own. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/agencies")
	List<AccessDirectory.AgencyListing> agencies() {
		return directory.listAgencies(callers.current());
	}

	/** Who may call: ADMIN; an agency's users, or every user for the operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/users")
	List<AccessDirectory.UserListing> users() {
		return directory.listUsers(callers.current());
	}

	/** Who may call: ADMIN of the user's agency, or the operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/users/{username}/unlock")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void unlock(@PathVariable String username) {
		upkeep.unlock(callers.current(), username);
	}

	/** Who may call: ADMIN of the user's agency, or the operators. Its sessions end at their next request. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/users/{username}/disable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void disable(@PathVariable String username) {
		upkeep.setDisabled(callers.current(), username, true);
	}

	/** Who may call: ADMIN of the user's agency, or the operators. */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/users/{username}/enable")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void enable(@PathVariable String username) {
		upkeep.setDisabled(callers.current(), username, false);
	}

	/**
	 * Who may call: ADMIN of the user's agency, or the operators; not for one's own account. The
	 * account's open page sessions end at their next request; its API tokens keep their own roles.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PutMapping("/users/{username}/roles")
	UserAccount changeRoles(@PathVariable String username, @RequestBody AccessRequests.NewRoles request) {
		return upkeep.changeRoles(callers.current(), username, request.roles());
	}

	/**
	 * Who may call: ADMIN of the user's agency, or the operators; not for one's own account. Answers
	 * the temporary password once; it must be changed at the next sign-in.
	 */
	@PreAuthorize("hasRole('ADMIN')")
	@PostMapping("/users/{username}/password-reset")
	AccessRequests.TemporaryPassword resetPassword(@PathVariable String username) {
		return passwords.reset(callers.current(), username);
	}

	/** Who may call: any person signed in with an account (not an API token), for their own password. */
	@PreAuthorize("isAuthenticated()")
	@PutMapping("/users/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void changeOwnPassword(@RequestBody AccessRequests.PasswordChange change) {
		if (!callers.isPerson()) {
			throw new ForbiddenException("An API token has no password to change");
		}
		passwords.change(callers.current(), change);
	}

	/** Who may call: ADMIN; tokens are listed by name and rights, never by value. */
	@PreAuthorize("hasRole('ADMIN')")
	@GetMapping("/tokens")
	List<AccessDirectory.TokenListing> tokens() {
		return directory.listTokens(callers.current());
	}

	/** Who may call: ADMIN of the token's agency, or the operators. Refused on its next request. */
	@PreAuthorize("hasRole('ADMIN')")
	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revokeToken(@PathVariable String id) {
		upkeep.revokeToken(callers.current(), id);
	}
}
