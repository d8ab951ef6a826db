/** Measuring resolution against known truth: the FEBRL files, a synthetic population, pairwise quality. */
package org.irontrace.benchmark.identity;
