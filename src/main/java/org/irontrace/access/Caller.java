package org.irontrace.access;

import java.util.Set;

/**
 * Who is calling: a person or a system, the agency it acts for, and its roles. Every read of
 * agency data is decided from this.
 */
public record Caller(String username, String agency, Set<Role> roles) {

	public boolean has(Role role) {
		return roles.contains(role);
	}
}
