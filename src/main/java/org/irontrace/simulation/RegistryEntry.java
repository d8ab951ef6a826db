package org.irontrace.simulation;

/**
 * One lawfully held gun in a recovering country's registry (domestic_registry.csv).
 *
 * @param holderType {@code PERSON}, {@code SECURITY_COMPANY}, {@code POLICE}, {@code MILITARY} ...
 * @param holderName the organisation, or the person's full name
 * @param holder the person holding it, null for organisations
 * @param status {@code ACTIVE}, {@code REPORTED_STOLEN}, {@code REPORTED_LOST}, {@code REVOKED}, {@code DESTROYED}
 * @param statusDay day of the last status change, -1 when never changed
 */
record RegistryEntry(String country, String registryId, Gun gun, String holderType, String holderName, Person holder,
		int registeredDay, String status, int statusDay) {
}
