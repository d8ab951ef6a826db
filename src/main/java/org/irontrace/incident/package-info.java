/**
 * Incidents: the guns one agency took in one seizure, raid or shipment (recoveries sharing an
 * incident id), read together with each gun's current trace, so an analyst sees where a cache of
 * guns came from, who bought them and how fast they reached the crime, and which groups held them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Incidents",
		allowedDependencies = { "access", "catalog", "platform" })
package org.irontrace.incident;
