/**
 * Periodic public reports on recovered crime guns, the open data behind them, the monitoring of
 * each agency's tracing work and the monthly publication of numbered, immutable report versions.
 * Every figure is an aggregate computed in the database over what the caller may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "access", "catalog", "demo", "platform" })
package org.irontrace.report;
