package org.irontrace.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.irontrace.platform.IronTraceHome;
import org.springframework.stereotype.Component;

/**
 * The key that seals audit entries, kept in the data folder and never in the database: whoever can
 * write to the database cannot forge a consistent chain without it.
 */
@Component
class AuditKey {

	private final SecretKeySpec key;

	AuditKey(IronTraceHome home) {
		this.key = new SecretKeySpec(load(home.resolve("keys").resolve("audit.key")), "HmacSHA256");
	}

	String seal(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}

	private static byte[] load(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				byte[] fresh = new byte[32];
				new SecureRandom().nextBytes(fresh);
				Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
				try {
					Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ignored) {
					// Not a POSIX file system: the folder's own protection applies.
				}
			}
			return Base64.getDecoder().decode(Files.readString(file).trim());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the audit key " + file, e);
		}
	}
}
