package org.irontrace.simulation;

/** One gun a case will acquire: how, when, from which dealer, and by whom (for retail purchases). */
record PlannedGun(Acquisition acquisition, int day, Licensee dealer, Person buyer) {
}
