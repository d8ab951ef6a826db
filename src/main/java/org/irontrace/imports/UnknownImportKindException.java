package org.irontrace.imports;

import org.irontrace.platform.NotFoundException;

/** The caller asked for a kind of file IronTrace does not import. */
public class UnknownImportKindException extends NotFoundException {

	public UnknownImportKindException(String kind, Iterable<String> known) {
		super("Unknown import kind '" + kind + "'; expected one of " + String.join(", ", known));
	}
}
