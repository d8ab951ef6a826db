package org.irontrace.identity;

import java.util.List;

/** A person as resolved: the records that are theirs. */
public record Person(String personId, List<PersonRecord> records) {
}
