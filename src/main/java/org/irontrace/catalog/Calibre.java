package org.irontrace.catalog;

/**
 * A calibre reduced to its family, so that {@code 9mm}, {@code 9x19} and {@code 9mm Luger} compare
 * equal.
 *
 * @param family canonical family name (e.g. {@code 9x19mm}) or, when unknown, the cleaned name as written
 * @param known whether the catalogue recognised the name
 */
public record Calibre(String family, boolean known) {
}
