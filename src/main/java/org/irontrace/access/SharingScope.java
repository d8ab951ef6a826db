package org.irontrace.access;

/** What an agreement shares (FORMATS.md). */
public enum SharingScope {
	RECOVERIES, TRACES, LEADS
}
