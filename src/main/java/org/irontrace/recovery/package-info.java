/**
 * Recoveries and seizures reported by law-enforcement agencies: where and when a gun was taken,
 * for what crime, from whom, and how its serial read.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recoveries",
		allowedDependencies = { "access", "catalog", "imports", "platform" })
package org.irontrace.recovery;
