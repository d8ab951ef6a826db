package org.irontrace.identity.matching;

/**
 * What the link graph knows around a person record, beyond what the record itself says. A
 * possessor in a recovery report often carries only a name; the report still tells where and when
 * the gun was taken, and a trace tells whom it was first sold to. Any part may be null (0 for the
 * day): the generic file layout of {@code irontrace resolve} has no context at all.
 *
 * @param occasion the one event the record was written at (a seizure: agency, date and place); two
 *        possessors of one name at one seizure are one person
 * @param area where the record was written (country and state, department or parish)
 * @param day the day it was written, as days since 1970-01-01 (0: unknown)
 * @param gunSoldTo the record id of the first retail purchaser of the gun the possessor held
 */
public record RecordContext(String occasion, String area, int day, String gunSoldTo) {

	public static final RecordContext NONE = new RecordContext(null, null, 0, null);
}
