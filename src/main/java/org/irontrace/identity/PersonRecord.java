package org.irontrace.identity;

/**
 * One mention of a person as a record states it: a purchaser on a sale form or a possessor in a
 * recovery report. Any field may be null. The birth date is kept as written (ISO {@code YYYY-MM-DD}
 * or {@code YYYYMMDD}): a date with day and month swapped may not be a valid date, yet it is evidence. {@code source} tells records of different files or
 * tables apart (linkage compares only records of different sources when asked to).
 */
public record PersonRecord(String recordId, String source, String firstName, String lastName, String dob,
		String street, String city, String state, String postalCode, String idNumber) {

	public static PersonRecord of(String recordId, String firstName, String lastName, String dob) {
		return new PersonRecord(recordId, "", firstName, lastName, dob, null, null, null, null, null);
	}
}
