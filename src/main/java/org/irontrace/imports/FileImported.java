package org.irontrace.imports;

/**
 * A file of one kind has been imported and every accepted batch committed: modules that derive
 * something from that kind (the link graph from ballistic hits) bring it up to date.
 */
public record FileImported(String kind, ImportReport report) {
}
