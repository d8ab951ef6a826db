package org.irontrace.simulation;

/**
 * A trafficking route: guns bought in the US leave through {@code crossing} (a border state, or the
 * port state for the sea route to the Caribbean) for {@code destinationCountry}, and in Mexico for
 * the state a cartel holds ({@code destinationArea}). Named as analysts write it: {@code TX->TAM}.
 */
record Corridor(String name, Region region, String crossing, String destinationCountry, String destinationArea) {
}
