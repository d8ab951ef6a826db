/**
 * US commerce: licensees and the append-only custody ledger (manufacture or import, distribution,
 * retail sale, theft and loss, export), fed in bulk by the parties that hold the records, and read
 * by the tracing engine through {@link org.irontrace.commerce.Ledger}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commerce",
		allowedDependencies = { "access", "catalog", "imports", "platform" })
package org.irontrace.commerce;
