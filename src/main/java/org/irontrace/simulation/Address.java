package org.irontrace.simulation;

/** A US home address, kept in parts so that records can write it in the several ways people do. */
record Address(int number, String direction, String street, String suffix, String unit, UsCity city) {
}
