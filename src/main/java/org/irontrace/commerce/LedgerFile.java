package org.irontrace.commerce;

import java.util.Set;

import org.irontrace.access.Role;
import org.irontrace.imports.CsvImporter;

/**
 * A file of the shared custody ledger (licensees, custody events). One row of it names a purchaser
 * in every agency's trace of that gun, so only the installation's operators send it, through their
 * administrators and the users who hold commerce records.
 */
interface LedgerFile extends CsvImporter {

	@Override
	default Set<Role> senders() {
		return Set.of(Role.ADMIN, Role.DATA_PROVIDER);
	}

	@Override
	default boolean operatorsOnly() {
		return true;
	}
}
