package org.irontrace.intel;

/** What a lead points at: a likely straw purchaser or trafficker, a dealer, a ring. */
public enum LeadType {
	PERSON, DEALER, RING
}
