package org.irontrace.registry;

/** Where a registered gun stands, as its registry last reported it. */
public enum RegistryStatus {
	ACTIVE, REPORTED_STOLEN, REPORTED_LOST, REVOKED, DESTROYED
}
