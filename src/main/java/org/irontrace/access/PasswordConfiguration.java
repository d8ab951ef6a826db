package org.irontrace.access;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Passwords are stored only as salted bcrypt hashes, in the server and the command line alike, at
 * cost {@value #COST} (about a quarter of a second each on a small server: cheap for a person signing
 * in, dear for a guesser holding a copy of the table). A stored value of any other kind
 * ({@code {noop}} plain text, a weaker scheme) never matches, so nobody can plant a password in the
 * table that skips hashing. Hashes stored at a lower cost still match, and are re-hashed at
 * {@value #COST} at their owner's next sign-in ({@link AccountDetailsService}).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	static final int COST = 12;

	@Bean
	PasswordEncoder passwordEncoder() {
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(COST)));
		encoder.setDefaultPasswordEncoderForMatches(new NeverMatches());
		return encoder;
	}

	/** What a stored value without the {@code {bcrypt}} mark is compared with: nothing matches it. */
	private static final class NeverMatches implements PasswordEncoder {

		@Override
		public String encode(CharSequence raw) {
			throw new UnsupportedOperationException("IronTrace stores bcrypt hashes only");
		}

		@Override
		public boolean matches(CharSequence raw, String stored) {
			return false;
		}
	}
}
