package org.irontrace.identity.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A blocking rule: records are compared only when they share a key under at least one rule.
 * Each rule tolerates the errors the others do not: a typo in the birth date leaves the names and
 * the postcode, a nickname leaves the surname and the birth date, a new surname leaves the
 * identity number. Sound keys (not spellings) make the name rules forgive spelling.
 * {@code fields} are the fields the key is made of.
 */
record BlockingRule(String name, Set<Field> fields, Function<PreparedRecord, String> key) {

	static final BlockingRule BIRTH_AND_SURNAME = new BlockingRule("birth date + surname sound initial",
			EnumSet.of(Field.BIRTH_DATE, Field.LAST_NAME), r -> join(r.birthKey(), initial(r.lastSound)));

	static final BlockingRule BIRTH_AND_GIVEN_NAME = new BlockingRule("birth date + given name initial",
			EnumSet.of(Field.BIRTH_DATE, Field.FIRST_NAME), r -> join(r.birthKey(), initial(r.firstSound)));

	/** Postcode, city and state go together: records sharing one mostly share all three. */
	static final BlockingRule NAMES_AND_POSTCODE = new BlockingRule("surname sound + given name sound + postcode",
			EnumSet.of(Field.FIRST_NAME, Field.LAST_NAME, Field.POSTCODE, Field.CITY, Field.STATE),
			r -> join(r.lastSound, r.firstSound, r.postcode));

	static final List<BlockingRule> STANDARD = List.of(BIRTH_AND_SURNAME, BIRTH_AND_GIVEN_NAME,
			new BlockingRule("surname sound + given name sound + birth year",
					EnumSet.of(Field.FIRST_NAME, Field.LAST_NAME, Field.BIRTH_DATE),
					r -> join(r.lastSound, r.firstSound, r.year == 0 ? null : String.valueOf(r.year))),
			NAMES_AND_POSTCODE,
			new BlockingRule("identity number", EnumSet.of(Field.ID_NUMBER), r -> r.idNumber),
			new BlockingRule("postcode + birth date", EnumSet.of(Field.POSTCODE, Field.CITY, Field.STATE, Field.BIRTH_DATE),
					r -> join(r.postcode, r.birthKey())),
			new BlockingRule("surname sound + street", EnumSet.of(Field.LAST_NAME, Field.STREET),
					r -> join(r.lastSound, r.street)));

	/**
	 * The rules EM learns m on, one session each: between them every field is free in at least one
	 * session (a rule's own fields agree by construction within its blocks and teach nothing).
	 */
	static final List<BlockingRule> TRAINING = List.of(BIRTH_AND_SURNAME, BIRTH_AND_GIVEN_NAME, NAMES_AND_POSTCODE);

	/** The parts joined, or null when any is missing (the rule then does not block that record). */
	static String join(String... parts) {
		StringBuilder key = new StringBuilder();
		for (String part : parts) {
			if (part == null || part.isEmpty()) {
				return null;
			}
			key.append(part).append('|');
		}
		return key.toString();
	}

	private static String initial(String sound) {
		return sound == null || sound.isEmpty() ? null : sound.substring(0, 1);
	}
}
