package org.irontrace.catalog;

/**
 * A manufacturer as IronTrace understands a written name.
 *
 * @param key the identity used to match guns: the canonical name upper-cased for known makers,
 *     the cleaned written name (upper-case, single spaces, no punctuation) for unknown ones
 * @param name the canonical display name (known) or the name as written (unknown)
 * @param known whether the catalogue recognised the name
 * @param country ISO 3166-1 alpha-2 of the maker's home country, null when unknown
 * @param makesInUs whether the maker produces guns in the US (false: every gun of it found in the
 *     US market went through an importer)
 */
public record Manufacturer(String key, String name, boolean known, String country, boolean makesInUs) {
}
