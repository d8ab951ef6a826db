package org.irontrace.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

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

	/** Longer than any record (a 19-digit number and two 64-digit seals), so each one covers the last. */
	private static final int RECORD_LENGTH = 256;

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

	/**
	 * Writes the checkpoint over the one before, in place: one record of fixed length at the start of
	 * the file, so nothing is truncated or renamed (on ext4 either makes the write wait for the disk,
	 * about a millisecond; in place it takes tens of microseconds). The file is created readable by its
	 * owner only.
	 */
	void writeTo(Path file, AuditKey key) throws IOException {
		String line = MARK + " " + seq + " " + seal + " " + mac(key);
		byte[] bytes = (line + " ".repeat(Math.max(0, RECORD_LENGTH - 1 - line.length())) + "\n")
			.getBytes(StandardCharsets.US_ASCII);
		try (FileChannel channel = open(file)) {
			channel.write(ByteBuffer.wrap(bytes), 0);
		}
	}

	private static FileChannel open(Path file) throws IOException {
		Set<StandardOpenOption> options = EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		if (!Files.exists(file)) {
			Files.createDirectories(file.toAbsolutePath().getParent());
			try {
				return FileChannel.open(file, options,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			catch (UnsupportedOperationException notPosix) {
				// Not a POSIX file system: the folder's own protection applies.
			}
		}
		return FileChannel.open(file, options);
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
