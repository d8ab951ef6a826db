package org.irontrace.simulation;

/** A place where guns are recovered: country, ISO 3166-2 subdivision (without the country prefix), city. */
record ForeignPlace(String country, String area, String city, double latitude, double longitude) {
}
