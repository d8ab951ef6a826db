package org.irontrace.imports;

/**
 * An import of one file has finished: published after its last batch is committed, so that the
 * module owning the kind can do what follows from the new rows (tracing recoveries again from new
 * answers, for example) before the sender reads the report.
 */
public record ImportFinished(String kind, ImportReport report) {
}
