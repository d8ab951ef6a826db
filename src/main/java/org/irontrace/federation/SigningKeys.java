package org.irontrace.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * The installation's key pairs in the key folder, readable by their owner only: the signing key
 * ({@code federation-signing.key}, made on first start) and, after a rotation, the previous one
 * ({@code federation-signing.previous}) with the end of its grace. Until then messages carry a
 * second signature by the previous key, so peers whose operators have not yet taken the new public
 * key still trust them; after it the previous key is forgotten.
 */
final class SigningKeys {

	static final String PRIVATE_KEY_FILE = "federation-signing.key";

	static final String PREVIOUS_KEY_FILE = "federation-signing.previous";

	private final Path folder;

	private volatile KeyPair current;

	private volatile KeyPair previous;

	private volatile Instant previousUntil;

	SigningKeys(Path folder) {
		this.folder = folder;
		Path file = folder.resolve(PRIVATE_KEY_FILE);
		if (!Files.exists(file)) {
			write(file, generate(), null);
		}
		this.current = read(file).pair();
		Path old = folder.resolve(PREVIOUS_KEY_FILE);
		if (Files.exists(old)) {
			Stored stored = read(old);
			this.previous = stored.pair();
			this.previousUntil = stored.until();
		}
	}

	KeyPair current() {
		return current;
	}

	/** The previous key pair while its grace lasts; null otherwise. */
	KeyPair previous() {
		Instant until = previousUntil;
		return until != null && Instant.now().isBefore(until) ? previous : null;
	}

	Instant previousUntil() {
		return previous() == null ? null : previousUntil;
	}

	/**
	 * Makes a new signing key; the one it replaces signs alongside it until {@code until}. The
	 * previous key is written before the new one, so a failure half-way loses no key in use.
	 */
	synchronized void rotate(Instant until) {
		KeyPair fresh = generate();
		write(folder.resolve(PREVIOUS_KEY_FILE), current, until);
		write(folder.resolve(PRIVATE_KEY_FILE), fresh, null);
		previous = current;
		previousUntil = until;
		current = fresh;
	}

	private static KeyPair generate() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is not available", e);
		}
	}

	/** Private key, public key (base64) and, for a previous key, the end of its grace, one a line. */
	private static void write(Path file, KeyPair keys, Instant until) {
		try {
			Files.createDirectories(file.getParent());
			Path written = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
			try {
				Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException ignored) {
				// Not a POSIX file system: the key folder's own protection applies.
			}
			Files.writeString(written, Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n"
					+ Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n"
					+ (until == null ? "" : until + "\n"));
			Files.move(written, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the installation key " + file, e);
		}
	}

	private static Stored read(Path file) {
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			String[] lines = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\n");
			KeyPair pair = new KeyPair(
					factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].trim()))),
					factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].trim()))));
			return new Stored(pair, lines.length > 2 ? Instant.parse(lines[2].trim()) : null);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the installation key " + file, e);
		}
		catch (GeneralSecurityException | RuntimeException e) {
			throw new IllegalStateException("The installation key " + file + " is damaged", e);
		}
	}

	private record Stored(KeyPair pair, Instant until) {
	}
}
