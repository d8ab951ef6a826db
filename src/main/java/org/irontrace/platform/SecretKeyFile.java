package org.irontrace.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A 256-bit key in a file of the key folder, created on first use and readable by its owner only.
 * Losing the file loses what it sealed: back the key folder up apart from the database.
 */
public final class SecretKeyFile {

	private SecretKeyFile() {
	}

	/** The key's bytes, creating the file with a fresh random key when it does not exist. */
	public static synchronized byte[] read(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				Files.writeString(file, HexFormat.of().formatHex(fresh));
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ignored) {
					// Not a POSIX file system: the folder's own protection applies.
				}
			}
			return HexFormat.of().parseHex(Files.readString(file).trim());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the key " + file, e);
		}
	}
}
