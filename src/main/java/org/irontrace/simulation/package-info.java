/**
 * The iron-river simulator: a synthetic world of US gun commerce, trafficking to Mexico and the
 * Caribbean, and recoveries there, written in the interchange formats of FORMATS.md together with
 * the ground truth (who is who, which gun went through which ring and corridor). It exists because
 * real trace data with personal data is never public, yet every feature needs a world to run on:
 * the demo, tests, benchmarks at scale. Its proportions are calibrated against the public figures
 * in DOMAIN.md and checked by {@link org.irontrace.simulation.SimulationSummary#calibration()}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Simulation",
		allowedDependencies = { "catalog", "imports", "platform" })
package org.irontrace.simulation;
