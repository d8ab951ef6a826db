/**
 * Tracing: following a recovered gun back through its custody chain to the first retail
 * purchaser, candidate search for partial and look-alike serials, and the stored history of
 * every trace result.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracing",
		allowedDependencies = { "access", "catalog", "commerce", "imports", "platform", "recovery", "registry" })
package org.irontrace.trace;
