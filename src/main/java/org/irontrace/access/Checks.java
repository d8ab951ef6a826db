package org.irontrace.access;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.irontrace.platform.BadRequestException;

/** Validation of access requests, each failure naming the field and what it must be. */
final class Checks {

	private Checks() {
	}

	static String required(String value, String field) {
		if (value == null || value.isBlank()) {
			throw new BadRequestException(field + ": required");
		}
		return value.trim();
	}

	/** A password a person chose: at least {@value AccessAdministration#MIN_PASSWORD} characters, not the username. */
	static String password(String value, String field, String username) {
		String password = required(value, field);
		if (password.length() < AccessAdministration.MIN_PASSWORD || password.equalsIgnoreCase(username)) {
			throw new BadRequestException(field + ": at least " + AccessAdministration.MIN_PASSWORD
					+ " characters, not the username");
		}
		return password;
	}

	static String oneOf(String value, String field, Set<String> allowed) {
		String upper = required(value, field).toUpperCase(Locale.ROOT);
		if (!allowed.contains(upper)) {
			throw new BadRequestException(field + ": one of " + String.join(", ", allowed.stream().sorted().toList()));
		}
		return upper;
	}

	static String country(String value, String field) {
		String upper = required(value, field).toUpperCase(Locale.ROOT);
		if (!upper.matches("[A-Z]{2}")) {
			throw new BadRequestException(field + ": an ISO 3166-1 alpha-2 code");
		}
		return upper;
	}

	static Set<Role> roles(List<String> names) {
		if (names == null || names.isEmpty()) {
			throw new BadRequestException("roles: at least one of " + java.util.Arrays.toString(Role.values()));
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			try {
				roles.add(Role.valueOf(required(name, "roles").toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException e) {
				throw new BadRequestException("roles: '" + name + "' is not one of " + java.util.Arrays.toString(Role.values()));
			}
		}
		return roles;
	}

	static LocalDate date(String value, String field, boolean required) {
		if (value == null || value.isBlank()) {
			if (required) {
				throw new BadRequestException(field + ": required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException e) {
			throw new BadRequestException(field + ": a date in the form YYYY-MM-DD");
		}
	}
}
