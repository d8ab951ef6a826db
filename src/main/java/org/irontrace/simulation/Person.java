package org.irontrace.simulation;

/**
 * A real person of the world, as ground truth knows them. Records of the person (sale forms,
 * recovery reports) write them with variants; {@link PersonRecorder} produces those.
 *
 * @param id the true person id, e.g. {@code P000123}
 * @param secondSurname the maternal surname of Hispanic names, null otherwise
 * @param birthDay epoch day of birth
 * @param home US address, null for people living abroad
 * @param idNumber number of the identity document they show, null when none
 * @param nationality ISO 3166-1 alpha-2
 */
record Person(String id, Culture culture, String givenName, String middleName, String surname, String secondSurname,
		int birthDay, Address home, String idNumber, String nationality) {
}
