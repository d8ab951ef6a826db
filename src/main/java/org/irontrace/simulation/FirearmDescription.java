package org.irontrace.simulation;

/** A recovered gun as the recovering agency described it: FORMATS.md's firearm columns of recoveries.csv. */
record FirearmDescription(String serial, boolean obliterated, String partialSerial, String manufacturer,
		String importer, String model, String caliber, String type, String country) {
}
