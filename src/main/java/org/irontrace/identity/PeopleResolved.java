package org.irontrace.identity;

/**
 * People were resolved again and some records changed person: every lead, link and ring keyed by a
 * person id may have moved.
 *
 * @param changes how many records were placed with another person
 */
public record PeopleResolved(int changes) {
}
