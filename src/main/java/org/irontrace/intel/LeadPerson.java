package org.irontrace.intel;

/** A person a lead names; names and birth date null when the caller may not see them. */
public record LeadPerson(String personId, String firstName, String lastName, String dob) {
}
