package org.irontrace.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person's account: who, for which agency, with which roles, and whether it is locked. */
record AccountPrincipal(String username, String passwordHash, String agency, Set<Role> roles, Instant lockedUntil,
		boolean disabled) implements UserDetails, AgencyMember {

	AccountPrincipal(String username, String passwordHash, String agency, Set<Role> roles, Instant lockedUntil) {
		this(username, passwordHash, agency, roles, lockedUntil, false);
	}

	/** A disabled account signs in no more (Spring refuses it before the password is checked). */
	@Override
	public boolean isEnabled() {
		return !disabled;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return lockedUntil == null || lockedUntil.isBefore(Instant.now());
	}
}
