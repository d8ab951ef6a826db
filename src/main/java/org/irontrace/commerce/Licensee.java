package org.irontrace.commerce;

/**
 * A licensee of the register: manufacturer (07), importer (08), dealer (01, 02) and the others of
 * FORMATS, with its premises and whether it still trades.
 */
public record Licensee(String licenceNumber, String licenceType, String businessName, String street, String city,
		String state, String postalCode, String country, String status) {
}
