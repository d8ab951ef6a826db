/**
 * The link graph of crime guns: the people behind traced guns (resolved purchasers and
 * possessors), the dealers that sold them, the recoveries, addresses and identity documents; the
 * rings those links form, with their corridors; and exports for link-analysis tools (GraphML, GEXF,
 * CSV node and edge lists, FollowTheMoney).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network",
		allowedDependencies = { "access", "imports", "platform" })
package org.irontrace.network;
