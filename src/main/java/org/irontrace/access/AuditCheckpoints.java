package org.irontrace.access;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.irontrace.platform.IronTraceHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where the audit checkpoint is kept: {@code audit.checkpoint} in the key folder
 * ({@code irontrace.audit.checkpoint} to put it elsewhere) and, when
 * {@code irontrace.audit.checkpoint-copy} names a file (another disk, a mounted share), a copy there.
 * A relative path is taken in the data folder.
 * <p>
 * The checkpoint is rewritten after every append commits: one record written in place, about 15
 * microseconds next to the milliseconds of the transaction it follows, and no window in which the
 * newest entries could be cut unseen (a checkpoint every N seconds would leave the last N seconds
 * unguarded). It is not synced to disk: a crash of the machine may lose the last few checkpoints,
 * never make one claim more than the chain held (a record torn by the crash is reported as not
 * sealed, for the auditor to judge).
 */
@Component
class AuditCheckpoints {

	private static final Logger log = LoggerFactory.getLogger(AuditCheckpoints.class);

	private final List<Path> files = new ArrayList<>();

	private final AuditKey key;

	private long lastWritten;

	AuditCheckpoints(IronTraceHome home, AuditKey key, @Value("${irontrace.audit.checkpoint:}") String file,
			@Value("${irontrace.audit.checkpoint-copy:}") String copy) {
		this.key = key;
		files.add(file.isBlank() ? home.keys().resolve("audit.checkpoint") : home.root().resolve(file));
		if (!copy.isBlank()) {
			files.add(home.root().resolve(copy));
		}
	}

	List<Path> files() {
		return files;
	}

	/**
	 * The checkpoint kept in the first file, or null; a forged one counts as none here, and
	 * {@code verify} names it.
	 */
	AuditCheckpoint kept() {
		try {
			return AuditCheckpoint.readFrom(files.get(0), key).orElse(null);
		}
		catch (AuditCheckpoint.ForgedCheckpointException e) {
			return null;
		}
	}

	/** Records a committed append; never steps back (appends of two transactions may finish out of order). */
	synchronized void advanceTo(AuditCheckpoint checkpoint) {
		if (checkpoint.seq() <= lastWritten) {
			return;
		}
		for (Path file : files) {
			try {
				checkpoint.writeTo(file, key);
			}
			catch (IOException e) {
				log.error("Cannot write the audit checkpoint {}", file, e);
			}
		}
		lastWritten = checkpoint.seq();
	}
}
