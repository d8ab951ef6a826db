package org.irontrace.access;

/** An agency as it was registered: its code, name, country (ISO 3166-1 alpha-2) and kind (NATIONAL, STATE, REGIONAL). */
public record Agency(String code, String name, String country, String kind) {
}
