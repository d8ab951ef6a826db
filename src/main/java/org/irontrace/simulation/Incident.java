package org.irontrace.simulation;

/**
 * One seizure, raid or border stop as the recovering agency files it: every gun taken in it shares
 * the incident id (recoveries.csv {@code incident_id}).
 *
 * @param group the organisation truly behind the guns, null when none
 * @param writtenGroup the organisation as the agency wrote it ({@code criminal_group}), null when left blank
 */
record Incident(String id, CriminalGroups.Group group, String writtenGroup) {

	String groupName() {
		return group == null ? null : group.name();
	}
}
