package org.irontrace.federation;

import java.io.IOException;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import org.irontrace.platform.IronTraceHome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This installation as its peers know it: a name ({@code IRONTRACE_NAME}, by default the host name)
 * and an Ed25519 key pair made on first start in the key folder ({@code federation-signing.key},
 * readable by its owner only) and replaced when the operators rotate it. Its public key is handed to
 * the other installations' operators out of band; its private key never leaves the key folder.
 */
@Component
public class Installation {

	private final String name;

	private final SigningKeys keys;

	Installation(@Value("${irontrace.name:${IRONTRACE_NAME:}}") String name, IronTraceHome home) {
		this.name = name.isBlank() ? hostName() : name.trim();
		if (!this.name.matches("[A-Za-z0-9._-]{1,63}")) {
			throw new IllegalStateException("IRONTRACE_NAME: letters, digits, '.', '_' or '-', at most 63, not '" + name + "'");
		}
		this.keys = new SigningKeys(home.keys());
	}

	public String name() {
		return name;
	}

	/** The public key as base64 of its X.509 encoding: what operators exchange. */
	public String publicKeyText() {
		return Base64.getEncoder().encodeToString(keys.current().getPublic().getEncoded());
	}

	/**
	 * Replaces the signing key with a new one; the old one signs beside it for {@code grace}, while
	 * the peers' operators take the new public key.
	 *
	 * @return when the old key stops signing
	 */
	public Instant rotateKey(java.time.Duration grace) {
		Instant until = Instant.now().plus(grace);
		keys.rotate(until);
		return until;
	}

	byte[] sign(byte[] content) {
		return sign(keys.current().getPrivate(), content);
	}

	/** The signature by the previous key while its grace lasts (after a rotation); null otherwise. */
	byte[] signWithPrevious(byte[] content) {
		KeyPair previous = keys.previous();
		return previous == null ? null : sign(previous.getPrivate(), content);
	}

	private static byte[] sign(PrivateKey key, byte[] content) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key);
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

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9._-]", "-");
		}
		catch (IOException e) {
			return "irontrace";
		}
	}
}
