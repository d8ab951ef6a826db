/**
 * Bulk import of the interchange files of FORMATS.md: streaming CSV reading, row validation with
 * precise errors, and batched, idempotent writes through PostgreSQL {@code COPY}. Each kind of file
 * is provided by the module that owns its data, as a {@link org.irontrace.imports.CsvImporter}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports",
		allowedDependencies = { "access", "catalog", "platform" })
package org.irontrace.imports;
