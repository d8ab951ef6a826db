package org.irontrace.simulation;

/** A trafficked gun that will be recovered, waiting for its case's seizures to be written. */
record RecoveredGun(Gun gun, Provenance origin, int day, boolean atBorder) {
}
