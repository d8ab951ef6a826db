package org.irontrace.identity.matching;

/**
 * A person record with everything comparison and blocking need worked out once: folded names,
 * sound keys, name-variant groups, birth date parts, normalised address. Absent values are null
 * (strings) or 0 (date parts).
 */
final class PreparedRecord {

	final String source;

	final String firstName;

	final String firstWord;

	/** Name-variant groups of any word of the given name. */
	final int[] firstGroups;

	final String firstSound;

	final String lastName;

	final String[] lastWords;

	final String lastSound;

	final int year;

	final int month;

	final int day;

	final String street;

	final String city;

	final String state;

	final String postcode;

	final String idNumber;

	PreparedRecord(String source, String firstName, String firstWord, int[] firstGroups, String firstSound,
			String lastName, String[] lastWords, String lastSound, int year, int month, int day, String street,
			String city, String state, String postcode, String idNumber) {
		this.source = source;
		this.firstName = firstName;
		this.firstWord = firstWord;
		this.firstGroups = firstGroups;
		this.firstSound = firstSound;
		this.lastName = lastName;
		this.lastWords = lastWords;
		this.lastSound = lastSound;
		this.year = year;
		this.month = month;
		this.day = day;
		this.street = street;
		this.city = city;
		this.state = state;
		this.postcode = postcode;
		this.idNumber = idNumber;
	}

	boolean hasBirthDate() {
		return year > 0 && month > 0 && day > 0;
	}

	/** The birth date with day and month in order of size, so a swapped date keys alike. */
	String birthKey() {
		return hasBirthDate() ? year + "-" + Math.min(day, month) + "-" + Math.max(day, month) : null;
	}
}
