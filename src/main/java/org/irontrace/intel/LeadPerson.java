package org.irontrace.intel;

/**
 * A person a lead names; names and birth date null when the caller may not see them.
 *
 * @param links for a ring's member, how many links of each kind tie them to the other members (why
 * they are in the ring); null otherwise and when withheld
 * @param receiver for a ring's member, true when found with the ring's guns having bought none: a
 * person the ring supplies, listed apart from its buyers; absent for the people of other leads
 * @param beside for a ring's member, true when the ring holds them only loosely (weak ties alone, more
 * of them outside it): seen beside the ring, listed apart from its buyers; absent for the people of
 * other leads and of leads computed before it was told
 */
public record LeadPerson(String personId, String firstName, String lastName, String dob,
		java.util.Map<String, Integer> links,
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Boolean receiver,
		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) Boolean beside) {

	public LeadPerson(String personId, String firstName, String lastName, String dob) {
		this(personId, firstName, lastName, dob, null, null, null);
	}
}
