/**
 * Trafficking intelligence: the indicators of DOMAIN.md computed over traces, resolved people, the
 * ledger and the link graph (time-to-crime, purchaser not the possessor, multiple sales and split
 * purchases, cartel-favoured models, cross-border recovery, obliterated serials, dealer crime-gun
 * rates, theft and loss anomalies), and the ranked leads they raise, each with its evidence and the
 * analysts' work on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intelligence",
		allowedDependencies = { "access", "catalog", "identity", "imports", "network", "platform", "trace" })
package org.irontrace.intel;
