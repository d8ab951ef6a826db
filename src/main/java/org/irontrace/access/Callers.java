package org.irontrace.access;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/** The caller of the request being served, read from the login. */
@Component
public class Callers {

	/** The current caller; fails when nobody is logged in (endpoints require a login first). */
	public Caller current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			throw new IllegalStateException("No caller: the request is not authenticated");
		}
		Object principal = authentication.getPrincipal();
		String agency = principal instanceof AgencyMember member ? member.agency() : SharingScopes.OPERATOR_AGENCY;
		String name = principal instanceof UserDetails details ? details.getUsername() : authentication.getName();
		return new Caller(name, agency, roles(authentication));
	}

	/** Whether the caller is a person signed in to an account, not a system calling with an API token. */
	public boolean isPerson() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		Object principal = authentication == null ? null : authentication.getPrincipal();
		return principal instanceof AccountPrincipal || principal instanceof ProviderSignedInAccount;
	}

	private static Set<Role> roles(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				try {
					roles.add(Role.valueOf(name.substring(5)));
				}
				catch (IllegalArgumentException ignored) {
					// Not an IronTrace role.
				}
			}
		}
		return roles;
	}
}
