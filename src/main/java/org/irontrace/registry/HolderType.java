package org.irontrace.registry;

/** Who holds a registered gun, as domestic_registry.csv writes it. */
public enum HolderType {
	PERSON, SECURITY_COMPANY, DEALER, POLICE, MILITARY, OTHER_STATE
}
