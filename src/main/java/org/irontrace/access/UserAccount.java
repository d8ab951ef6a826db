package org.irontrace.access;

import java.util.Set;

/** A user as it was created: the username, the agency it acts for and its roles (never its password). */
public record UserAccount(String username, String agency, Set<Role> roles) {
}
