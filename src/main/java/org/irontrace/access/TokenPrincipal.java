package org.irontrace.access;

import java.util.Set;

/** A system calling with an API token: it acts for the token's agency with the token's roles. */
record TokenPrincipal(String name, String agency, Set<Role> roles) implements AgencyMember {
}
