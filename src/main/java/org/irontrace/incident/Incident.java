package org.irontrace.incident;

import java.util.List;

/** An incident of an agency: its guns in the order they were taken, and what they add up to. */
public record Incident(String agency, String incidentId, IncidentSummary summary, List<IncidentGun> guns) {
}
