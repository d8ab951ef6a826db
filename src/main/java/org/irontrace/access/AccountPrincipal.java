package org.irontrace.access;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person's account: who, for which agency, with which roles, whether it is locked, and the
 * version of its credentials it signed in with (a page session of an older version has ended). A
 * password an administrator reset is temporary: it must be replaced before anything else, and is
 * refused once {@code temporaryUntil} has passed.
 */
record AccountPrincipal(String username, String passwordHash, String agency, Set<Role> roles, Instant lockedUntil,
		boolean disabled, int credentialsVersion, Instant temporaryUntil) implements UserDetails, AgencyMember {

	AccountPrincipal(String username, String passwordHash, String agency, Set<Role> roles, Instant lockedUntil) {
		this(username, passwordHash, agency, roles, lockedUntil, false, 0, null);
	}

	AccountPrincipal withPasswordHash(String newHash) {
		return new AccountPrincipal(username, newHash, agency, roles, lockedUntil, disabled, credentialsVersion,
				temporaryUntil);
	}

	/** Signed in with a password an administrator reset: nothing but setting a new one is allowed. */
	boolean mustChangePassword() {
		return temporaryUntil != null;
	}

	/** An expired temporary password is refused, after it was checked (so a wrong guess learns nothing). */
	@Override
	public boolean isCredentialsNonExpired() {
		return temporaryUntil == null || temporaryUntil.isAfter(Instant.now());
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
