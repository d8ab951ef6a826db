package org.irontrace.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.irontrace.platform.IronTraceHome;
import org.irontrace.platform.SecretKeyFile;
import org.springframework.stereotype.Component;

/**
 * Seals the client secrets of agencies' OpenID providers: AES-256-GCM with a fresh IV, the key in
 * the key folder ({@code provider-secrets.key}), never in the database. The agency's code is bound
 * into each seal, so a secret copied onto another agency's row does not open.
 */
@Component
class ProviderSecretSeal {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecretKeySpec key;

	private final SecureRandom random = new SecureRandom();

	ProviderSecretSeal(IronTraceHome home) {
		this.key = new SecretKeySpec(SecretKeyFile.read(home.keys().resolve("provider-secrets.key")), "AES");
	}

	/** IV followed by ciphertext and tag; null for null. */
	byte[] seal(String agency, String secret) {
		if (secret == null) {
			return null;
		}
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		byte[] sealed = run(Cipher.ENCRYPT_MODE, agency, iv, secret.getBytes(StandardCharsets.UTF_8));
		byte[] stored = Arrays.copyOf(iv, IV_BYTES + sealed.length);
		System.arraycopy(sealed, 0, stored, IV_BYTES, sealed.length);
		return stored;
	}

	String open(String agency, byte[] stored) {
		if (stored == null) {
			return null;
		}
		byte[] iv = Arrays.copyOf(stored, IV_BYTES);
		byte[] plain = run(Cipher.DECRYPT_MODE, agency, iv, Arrays.copyOfRange(stored, IV_BYTES, stored.length));
		return new String(plain, StandardCharsets.UTF_8);
	}

	private byte[] run(int mode, String agency, byte[] iv, byte[] input) {
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
			cipher.updateAAD(agency.getBytes(StandardCharsets.UTF_8));
			return cipher.doFinal(input);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot seal or open the provider secret of " + agency, e);
		}
	}
}
