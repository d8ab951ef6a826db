package org.irontrace.imports;

/** Told after each batch how far an import has got, for progress bars. */
@FunctionalInterface
public interface ImportProgress {

	ImportProgress NONE = (rows, bytes) -> {
	};

	void advanced(long rowsRead, long bytesRead);
}
