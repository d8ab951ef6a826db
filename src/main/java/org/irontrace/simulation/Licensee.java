package org.irontrace.simulation;

/**
 * A federal firearms licensee of the world.
 *
 * @param type {@code 01} dealer, {@code 02} pawnbroker, {@code 07} manufacturer, {@code 08} importer,
 *     {@code 09} distributor
 * @param status {@code ACTIVE} or {@code OUT_OF_BUSINESS}: the records of a dealer out of business
 *     reach the tracing centre less often, so its sales are more often missing
 */
record Licensee(int index, String number, String type, String name, String street, UsCity city, String postalCode,
		String status, double latitude, double longitude) {

	String state() {
		return city.state();
	}

	boolean outOfBusiness() {
		return "OUT_OF_BUSINESS".equals(status);
	}
}
