package org.irontrace.intel;

import java.util.List;

/**
 * One indicator that fired for a lead, in the words an investigator uses, with the records behind it
 * (recoveries as {@code agency/recoveryId}, sales as event ids, licences, rings).
 */
public record Evidence(String indicator, String says, List<String> records) {
}
