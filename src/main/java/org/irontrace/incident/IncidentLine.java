package org.irontrace.incident;

import java.time.LocalDate;
import java.util.List;

import org.irontrace.catalog.CriminalGroup;

/** One incident in an agency's list: how many guns, over which days, how many traced, which groups. */
public record IncidentLine(String agency, String incidentId, long guns, LocalDate firstDate, LocalDate lastDate,
		long traced, List<CriminalGroup> criminalGroups) {
}
