package org.irontrace.simulation;

/** A person as one record writes them: the fields of FORMATS.md's purchaser_* and possessor_* columns. */
record RecordedPerson(String firstName, String lastName, String birthDate, String street, String city, String state,
		String postalCode, String idType, String idNumber, String nationality) {
}
