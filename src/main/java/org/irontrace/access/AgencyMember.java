package org.irontrace.access;

/** A logged-in principal that acts for an agency. */
interface AgencyMember {

	String agency();
}
