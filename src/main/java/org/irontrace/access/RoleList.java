package org.irontrace.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Roles as stored: a comma-separated list of role names. */
final class RoleList {

	private RoleList() {
	}

	static Set<Role> parse(String stored) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream(stored.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	static String format(Collection<Role> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}
}
