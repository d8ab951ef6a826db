package org.irontrace.federation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

import org.irontrace.platform.IronTraceHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This installation as its peers know it: a name ({@code IRONTRACE_NAME}, by default the host name)
 * and an Ed25519 key pair made on first start in the key folder ({@code federation-signing.key},
 * readable by its owner only). Its public key is handed to the other installations' operators out
 * of band; its private key never leaves the key folder.
 */
@Component
public class Installation {

	static final String PRIVATE_KEY_FILE = "federation-signing.key";

	private final String name;

	private final KeyPair keys;

	Installation(@Value("${irontrace.name:${IRONTRACE_NAME:}}") String name, IronTraceHome home) {
		this.name = name.isBlank() ? hostName() : name.trim();
		if (!this.name.matches("[A-Za-z0-9._-]{1,63}")) {
			throw new IllegalStateException("IRONTRACE_NAME: letters, digits, '.', '_' or '-', at most 63, not '" + name + "'");
		}
		this.keys = readOrCreate(home.keys().resolve(PRIVATE_KEY_FILE));
	}

	public String name() {
		return name;
	}

	/** The public key as base64 of its X.509 encoding: what operators exchange. */
	public String publicKeyText() {
		return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
	}

	byte[] sign(byte[] content) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(keys.getPrivate());
			signer.update(content);
			return signer.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot sign with the installation key", e);
		}
	}

	/** A peer's public key from its text; null when the text is no Ed25519 public key. */
	static PublicKey publicKeyOf(String text) {
		try {
			String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return null;
		}
	}

	static boolean verify(PublicKey key, byte[] content, byte[] signature) {
		try {
			Signature verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(key);
			verifier.update(content);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException e) {
			return false;
		}
	}

	private static KeyPair readOrCreate(Path file) {
		try {
			KeyFactory factory = KeyFactory.getInstance("Ed25519");
			if (!Files.exists(file)) {
				KeyPair fresh = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
				Files.createDirectories(file.getParent());
				Path written = Files.createTempFile(file.getParent(), PRIVATE_KEY_FILE, ".new");
				try {
					Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
				}
				catch (UnsupportedOperationException ignored) {
					// Not a POSIX file system: the key folder's own protection applies.
				}
				Files.writeString(written, Base64.getEncoder().encodeToString(fresh.getPrivate().getEncoded()) + "\n"
						+ Base64.getEncoder().encodeToString(fresh.getPublic().getEncoded()) + "\n");
				Files.move(written, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			}
			String[] lines = Files.readString(file, StandardCharsets.US_ASCII).trim().split("\n");
			PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[0].trim())));
			PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[1].trim())));
			return new KeyPair(publicKey, privateKey);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read or create the installation key " + file, e);
		}
		catch (GeneralSecurityException | RuntimeException e) {
			throw new IllegalStateException("The installation key " + file + " is damaged", e);
		}
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
		}
		catch (IOException e) {
			return "irontrace";
		}
	}
}
