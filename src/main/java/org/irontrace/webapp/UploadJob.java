package org.irontrace.webapp;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.irontrace.imports.ImportReport;
import org.irontrace.imports.RowError;

/**
 * One recoveries.csv sent from the upload page and imported in the background: who sent it, how
 * far the import has read, and its report once done. Only its sender may look at it.
 */
final class UploadJob {

	/**
	 * Running (checking, then importing); held for the sender to confirm values the catalogue cannot
	 * place; done, failed, or discarded by the sender once held.
	 */
	enum State {
		RUNNING, HELD, DONE, FAILED, DISCARDED
	}

	private final String id;

	private final String owner;

	private final String fileName;

	private final long size;

	private final AtomicLong bytesRead = new AtomicLong();

	private final AtomicLong rowsRead = new AtomicLong();

	private volatile State state = State.RUNNING;

	/** Running but not begun: the agency or the installation runs as many imports as it may. */
	private volatile boolean waitingForPlace;

	private volatile ImportReport report;

	/** The tracing of what was recorded, once the sender asked for it: null before. */
	private volatile Tracing tracing;

	/** How far tracing the recorded recoveries has gone, and what it found once done. */
	record Tracing(long traced, boolean done, java.util.Map<org.irontrace.trace.TraceStatus, Long> byStatus) {

		public long completed() {
			return byStatus.getOrDefault(org.irontrace.trace.TraceStatus.COMPLETED, 0L);
		}

		public long partial() {
			return byStatus.getOrDefault(org.irontrace.trace.TraceStatus.PARTIAL, 0L);
		}

		public long notTraced() {
			return byStatus.getOrDefault(org.irontrace.trace.TraceStatus.NOT_TRACED, 0L);
		}
	}

	private final String kind;

	/** What the catalogue could not place, once the check found any: null before. */
	private volatile UploadCatalogueCheck.Findings doubts;

	/** The copy of the file kept while the upload is held, deleted once imported or discarded. */
	private volatile java.nio.file.Path heldCopy;

	UploadJob(String id, String owner, String kind, String fileName, long size) {
		this.id = id;
		this.kind = kind;
		this.owner = owner;
		this.fileName = fileName;
		this.size = size;
	}

	void advanced(long rows, long bytes) {
		rowsRead.set(rows);
		bytesRead.set(bytes);
	}

	void waitingForPlace(boolean waiting) {
		this.waitingForPlace = waiting;
	}

	/** Whether the upload waits for one of the imports running now to end before it begins. */
	public boolean waiting() {
		return waitingForPlace && state == State.RUNNING;
	}

	void finished(ImportReport done) {
		this.report = done;
		this.rowsRead.set(done.rowsRead());
		this.bytesRead.set(size);
		this.state = State.DONE;
	}

	/** Holds the upload, its copy kept, until the sender records it anyway or discards it. */
	synchronized void hold(UploadCatalogueCheck.Findings found, java.nio.file.Path copy) {
		this.doubts = found;
		this.heldCopy = copy;
		this.state = State.HELD;
	}

	/**
	 * The held copy, handed over once: to be imported (the upload runs again) or deleted (it is
	 * discarded); null when the upload is not held.
	 */
	synchronized java.nio.file.Path release(boolean toImport) {
		java.nio.file.Path copy = heldCopy;
		heldCopy = null;
		if (copy != null) {
			state = toImport ? State.RUNNING : State.DISCARDED;
		}
		return copy;
	}

	public boolean held() {
		return state == State.HELD;
	}

	public UploadCatalogueCheck.Findings doubts() {
		return doubts;
	}

	void tracing(Tracing progress) {
		this.tracing = progress;
	}

	public Tracing tracing() {
		return tracing;
	}

	void failed() {
		this.state = State.FAILED;
	}

	public String id() {
		return id;
	}

	/** What the file holds: {@code recoveries} or {@code trace-results}. */
	public String kind() {
		return kind;
	}

	/** Whether the recoveries this upload recorded wait for the sender to trace them. */
	public boolean awaitsTracing() {
		return kind.equals("recoveries") && state == State.DONE && report != null && report.accepted() > 0 && tracing == null;
	}

	public String owner() {
		return owner;
	}

	public String fileName() {
		return fileName;
	}

	public State state() {
		return state;
	}

	public boolean running() {
		return state == State.RUNNING;
	}

	public long rowsRead() {
		return rowsRead.get();
	}

	/** How much of the file has been read, 0 to 100. */
	public int percent() {
		if (state != State.RUNNING) {
			return 100;
		}
		return size <= 0 ? 0 : (int) Math.min(99, bytesRead.get() * 100 / size);
	}

	public ImportReport report() {
		return report;
	}

	/** Nothing changed: every row was already on record (a file sent again). */
	public boolean changedNothing() {
		return report != null && report.accepted() == 0 && report.rejected() == 0 && report.duplicates() > 0;
	}

	public List<RowError> errors() {
		return report == null ? List.of() : report.errors();
	}
}
