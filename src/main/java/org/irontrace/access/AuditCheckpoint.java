package org.irontrace.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The last entry of the audit chain as it was when it was appended: its sequence number and seal,
 * sealed in turn with the audit key and kept outside the database. Deleting the newest entries
 * leaves a chain whose every seal still matches; only a record kept elsewhere shows that it used to
 * be longer.
 *
 * @param seq the sequence number of the newest entry appended
 * @param seal that entry's seal
 */
record AuditCheckpoint(long seq, String seal) {

	private static final String MARK = "irontrace-audit-checkpoint";

	/** The checkpoint in a file, if there is one; a file not sealed with the key is reported as forged. */
	static Optional<AuditCheckpoint> readFrom(Path file, AuditKey key) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			String[] words = Files.readString(file).trim().split(" ");
			if (words.length != 4 || !MARK.equals(words[0])) {
				throw new ForgedCheckpointException(file);
			}
			AuditCheckpoint checkpoint = new AuditCheckpoint(Long.parseLong(words[1]), words[2]);
			if (!checkpoint.mac(key).equals(words[3])) {
				throw new ForgedCheckpointException(file);
			}
			return Optional.of(checkpoint);
		}
		catch (NumberFormatException e) {
			throw new ForgedCheckpointException(file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the audit checkpoint " + file, e);
		}
	}

	/** Replaces the file at once (write aside, then rename), readable by its owner only. */
	void writeTo(Path file, AuditKey key) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path aside = file.resolveSibling(file.getFileName() + ".new");
		Files.writeString(aside, MARK + " " + seq + " " + seal + " " + mac(key) + "\n");
		try {
			Files.setPosixFilePermissions(aside, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ignored) {
			// Not a POSIX file system: the folder's own protection applies.
		}
		Files.move(aside, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}

	/** True when this checkpoint names an entry the chain no longer ends with or goes beyond. */
	boolean isAheadOf(long lastSeq, String lastSeal) {
		return seq > lastSeq || seq == lastSeq && !seal.equals(lastSeal);
	}

	private String mac(AuditKey key) {
		return key.seal(MARK + " " + seq + " " + seal);
	}

	/** A checkpoint file that the audit key did not seal: someone wrote it by hand. */
	static final class ForgedCheckpointException extends RuntimeException {

		ForgedCheckpointException(Path file) {
			super("the audit checkpoint " + file + " is not sealed with the audit key");
		}
	}
}
