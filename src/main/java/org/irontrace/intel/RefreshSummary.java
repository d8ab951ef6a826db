package org.irontrace.intel;

/** What a recomputation found and how long it took. */
public record RefreshSummary(int saleGroups, int rings, int personLeads, int dealerLeads, int ringLeads, double seconds) {
}
