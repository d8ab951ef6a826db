/**
 * What every feature stands on: the database (embedded PostgreSQL by default, an external server
 * by configuration) and the JSON error contract of the HTTP API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		allowedDependencies = {})
package org.irontrace.platform;
