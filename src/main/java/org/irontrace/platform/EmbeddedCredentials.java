package org.irontrace.platform;

import java.nio.file.Path;
import java.util.HexFormat;

/**
 * The passwords of the embedded PostgreSQL server, kept in the key folder like the other keys (owner
 * only, created at first start): one for the superuser, who runs the migrations and nothing else,
 * and one for {@value #APPLICATION_ROLE}, the role IronTrace works as. Both are random 256-bit
 * values written as hex.
 */
record EmbeddedCredentials(Path superuserPasswordFile, String superuserPassword, String applicationPassword) {

	static final String SUPERUSER = "postgres";

	static final String APPLICATION_ROLE = "irontrace";

	static EmbeddedCredentials in(Path keys) {
		Path superuser = keys.resolve("database-superuser.key");
		return new EmbeddedCredentials(superuser, HexFormat.of().formatHex(SecretKeyFile.read(superuser)),
				HexFormat.of().formatHex(SecretKeyFile.read(keys.resolve("database-application.key"))));
	}
}
