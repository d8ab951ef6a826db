package org.irontrace.intel;

/** An analyst's change to a lead; null fields stay as they are. */
public record LeadUpdate(String status, String outcome, String owner) {
}
