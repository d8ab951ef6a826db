package org.irontrace.simulation;

/** The naming customs a person's records follow (double surnames, accents, short forms). */
enum Culture {

	/** English given name and one surname; short forms (Bill, Bob) appear on some records. */
	ANGLO,
	/** Spanish given names and two surnames, paternal then maternal; accents often dropped. */
	HISPANIC,
	/** Anglophone Caribbean: hyphenated given names, one surname. */
	CARIBBEAN,
	/** Haitian: French given names and surnames, accents and hyphens. */
	HAITIAN
}
