package org.irontrace.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Seals personal data (birth dates, identity-document numbers) before it is stored, exactly as the
 * database's {@code irontrace_seal} does and {@code irontrace_unseal} checks (migration V66):
 * encrypt-then-MAC, {@code format(1) || key version(2) || IV(16) || AES-256-CBC ciphertext ||
 * HMAC-SHA-256 tag(32)}, the tag over all that precedes it under a MAC key derived from the data
 * key. Imports seal in Java, on the reading thread that has time to spare, rather than in the
 * database that is busy writing.
 */
@Component
public class PersonalDataSeal {

	/** The first byte of every sealed value: the encrypt-then-MAC format of V66. */
	static final byte FORMAT = 2;

	private static final String SEAL_MAC = "irontrace seal mac";

	private final PersonalDataKeys keys;

	private volatile SealingKey sealingKey;

	private final SecretKeySpec digestKey;

	private final SecretKeySpec personKey;

	private static final String PERSON_KEYS = "irontrace keys of people not yet resolved";

	private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);

	public PersonalDataSeal(PersonalDataKeys keys) {
		this.keys = keys;
		byte[] secret = keys.firstSecret();
		this.digestKey = new SecretKeySpec(derived(secret, "irontrace digest of records holding personal data"), "HmacSHA256");
		this.personKey = new SecretKeySpec(derived(secret, PERSON_KEYS), "HmacSHA256");
		this.digestMacs = ThreadLocal.withInitial(() -> macUnder(digestKey));
	}

	/**
	 * The key under which the database digests a person's name and birth date into a person key
	 * ({@code irontrace_person_key}, migration V75), as hex: derived from the version-1 personal-data
	 * key, so each installation keys people its own way, a rotation never changes a person's key, and
	 * no sealing key is used for two purposes.
	 */
	public static String personKeySecret(byte[] secret) {
		return java.util.HexFormat.of().formatHex(derived(secret, PERSON_KEYS));
	}

	/**
	 * The HMAC-SHA-256 (hex) of a text under the person-key secret: what the database computes as
	 * {@code hmac(text, irontrace.person_key)}, for ids made from a person's key (a ring's).
	 */
	public String personKeyDigest(String text) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(personKey);
			return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot digest a person key", e);
		}
	}

	/** A key of its own for each purpose, so that the sealing key is never used for two. */
	private static byte[] derived(byte[] secret, String purpose) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot derive a key", e);
		}
	}

	/**
	 * A keyed digest (HMAC-SHA-256, hex) of values that may hold personal data: two equal records
	 * give equal digests, but nobody without the key can test a guessed birth date against one.
	 */
	public String digest(java.util.List<String> values) {
		// The thread's own instance, ready under the digest key: an import digests every row it reads.
		Mac mac = digestMacs.get();
		for (String value : values) {
			if (value == null) {
				mac.update((byte) 0);
			}
			else {
				mac.update((byte) 1);
				mac.update(value.getBytes(StandardCharsets.UTF_8));
				mac.update((byte) 2);
			}
		}
		return java.util.HexFormat.of().formatHex(mac.doFinal());
	}

	/** The sealed value under the sealing key, or null for null. */
	public byte[] seal(String plain) {
		if (plain == null) {
			return null;
		}
		SealingKey key = sealingKey();
		try {
			byte[] iv = new byte[16];
			random.get().nextBytes(iv);
			Sealer sealer = sealer(key);
			Cipher cipher = sealer.cipher();
			cipher.init(Cipher.ENCRYPT_MODE, key.cipher(), new IvParameterSpec(iv));
			byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = new byte[3 + 16 + encrypted.length + 32];
			sealed[0] = FORMAT;
			sealed[1] = (byte) (key.version() >>> 8);
			sealed[2] = (byte) key.version();
			System.arraycopy(iv, 0, sealed, 3, 16);
			System.arraycopy(encrypted, 0, sealed, 19, encrypted.length);
			Mac mac = sealer.mac();
			mac.update(sealed, 0, sealed.length - 32);
			mac.doFinal(sealed, sealed.length - 32);
			return sealed;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot seal personal data", e);
		}
	}

	/** The sealing key with its MAC key derived once, until a rotation makes another the sealing key. */
	private SealingKey sealingKey() {
		PersonalDataKey current = keys.sealing();
		SealingKey cached = sealingKey;
		if (cached == null || cached.version() != current.version()) {
			cached = new SealingKey(current.version(), new SecretKeySpec(current.secret(), "AES"),
					new SecretKeySpec(derived(current.secret(), SEAL_MAC), "HmacSHA256"));
			sealingKey = cached;
		}
		return cached;
	}

	private record SealingKey(int version, SecretKeySpec cipher, SecretKeySpec mac) {
	}

	/**
	 * The thread's cipher and MAC for one sealing key: looking them up and expanding the key for each
	 * value cost an import about as much as reading its rows. A MAC is ready again after each tag, a
	 * cipher is set up again for each value's IV (the key, the same, is not expanded again).
	 */
	private record Sealer(SealingKey key, Cipher cipher, Mac mac) {
	}

	private final ThreadLocal<Sealer> sealers = new ThreadLocal<>();

	private Sealer sealer(SealingKey key) throws GeneralSecurityException {
		Sealer sealer = sealers.get();
		if (sealer == null || sealer.key() != key) {
			sealer = new Sealer(key, Cipher.getInstance("AES/CBC/PKCS5Padding"), macUnder(key.mac()));
			sealers.set(sealer);
		}
		return sealer;
	}

	/** The thread's MAC under the digest key, ready again after each digest. */
	private final ThreadLocal<Mac> digestMacs;

	private static Mac macUnder(SecretKeySpec key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot make a MAC", e);
		}
	}
}
