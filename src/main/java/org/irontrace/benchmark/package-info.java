/**
 * The benchmark command: builds a synthetic ledger of a chosen size and measures import throughput,
 * trace latency and candidate search against same-run baselines (raw {@code COPY}, bare index
 * look-ups, a plain pg_trgm query). Figures go to BENCHMARKS.md; nothing here is a test.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Benchmarks",
		allowedDependencies = { "access", "catalog", "commerce", "federation", "identity", "identity::matching", "imports", "intel", "interdiction", "platform", "recovery", "report", "simulation", "trace" })
package org.irontrace.benchmark;
