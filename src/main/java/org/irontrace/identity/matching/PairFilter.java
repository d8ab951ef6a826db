package org.irontrace.identity.matching;

/** Which pairs a resolution compares at all: all, only across sources (linkage), only new records. */
@FunctionalInterface
interface PairFilter {

	boolean wanted(int a, int b);
}
