/**
 * Southbound interdiction: the outbound shipments customs declares (shipments.csv) and what its
 * officers did with them (inspections.csv), ranked by explained risk for inspection with what the
 * rest of IronTrace knows about the people behind crime guns, and measured by what inspections found.
 * The rules are plain objects ({@link org.irontrace.interdiction.TargetingRule}); their weights start
 * as written and are learned from inspection outcomes once there are enough of them. A seizure at
 * inspection is an incident: the recoveries of that incident hold its guns, traced as they arrive.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Southbound interdiction",
		allowedDependencies = { "access", "imports", "platform", "trace", "incident" })
package org.irontrace.interdiction;
