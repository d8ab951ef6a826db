package org.irontrace.simulation;

/** A US city where licensees trade and people live. */
record UsCity(String state, String city, double latitude, double longitude, String postalCode) {
}
