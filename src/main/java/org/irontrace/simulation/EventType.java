package org.irontrace.simulation;

/** The custody events of FORMATS.md's commerce_events.csv. */
enum EventType {
	MANUFACTURED, IMPORTED, TRANSFERRED, ACQUIRED, SOLD, STOLEN, LOST, EXPORTED
}
