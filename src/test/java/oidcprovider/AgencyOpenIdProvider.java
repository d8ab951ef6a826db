package oidcprovider;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * An agency's own OpenID Connect provider, as a real Spring Authorization Server on a port of this
 * machine: one client (IronTrace, with a secret and PKCE required), and people who sign in with a
 * password and whose ID tokens carry {@code preferred_username}. It lives outside the
 * {@code org.irontrace} packages so that no IronTrace test context picks it up.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({ PropertyPlaceholderAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
		DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class,
		HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
		SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class })
public class AgencyOpenIdProvider {

	public static final String CLIENT_ID = "irontrace";

	public static final String CLIENT_SECRET = "provider-client-secret-1234";

	/** One person of the provider: how they sign in there, and the username their ID token names. */
	public record Person(String login, String password, String preferredUsername) {
	}

	/** The provider's settings, given by the test that starts it. */
	record Settings(String redirectUri, Map<String, Person> people) {
	}

	private final Settings settings;

	AgencyOpenIdProvider(Settings settings) {
		this.settings = settings;
	}

	/**
	 * Starts a provider on 127.0.0.1 (not {@code localhost}, so its session cookie never mixes with
	 * IronTrace's) that sends people back to {@code redirectUri}.
	 */
	public static ConfigurableApplicationContext start(String redirectUri, Person... people) {
		Map<String, Person> byLogin = new java.util.LinkedHashMap<>();
		for (Person person : people) {
			byLogin.put(person.login(), person);
		}
		return new SpringApplicationBuilder(AgencyOpenIdProvider.class)
			.web(WebApplicationType.SERVLET)
			.initializers(context -> ((org.springframework.context.support.GenericApplicationContext) context)
				.registerBean(Settings.class, () -> new Settings(redirectUri, byLogin)))
			// Its own (absent) configuration file: IronTrace's application.properties is not for it.
			.run("--spring.config.name=agency-openid-provider", "--server.port=0", "--server.address=127.0.0.1",
					"--server.servlet.session.cookie.name=PROVIDER_SESSION", "--spring.main.banner-mode=off");
	}

	/** The issuer as the provider names itself. */
	public static String issuer(ConfigurableApplicationContext provider) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) provider).getWebServer().getPort();
	}

	@Bean
	@Order(1)
	SecurityFilterChain protocol(HttpSecurity http) throws Exception {
		http.oauth2AuthorizationServer(server -> {
			http.securityMatcher(server.getEndpointsMatcher());
			server.oidc(Customizer.withDefaults());
		})
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			// The user-info endpoint takes the access token it issued.
			.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
			.exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain signIn(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	UserDetailsService people() {
		InMemoryUserDetailsManager people = new InMemoryUserDetailsManager();
		settings.people()
			.values()
			.forEach(person -> people.createUser(
					User.withUsername(person.login()).password("{noop}" + person.password()).roles("USER").build()));
		return people;
	}

	@Bean
	RegisteredClientRepository clients() {
		RegisteredClient irontrace = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(CLIENT_ID)
			.clientSecret("{noop}" + CLIENT_SECRET)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri(settings.redirectUri())
			.scope(OidcScopes.OPENID)
			.scope(OidcScopes.PROFILE)
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
			.build();
		return new InMemoryRegisteredClientRepository(irontrace);
	}

	/** ID tokens name the person's username, as an agency's directory would. */
	@Bean
	OAuth2TokenCustomizer<JwtEncodingContext> preferredUsername() {
		return context -> {
			if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
				Person person = settings.people().get(context.getPrincipal().getName());
				if (person != null && person.preferredUsername() != null) {
					context.getClaims().claim("preferred_username", person.preferredUsername());
				}
			}
		};
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	@Bean
	KeyPair signingKeys() throws NoSuchAlgorithmException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return generator.generateKeyPair();
	}

	@Bean
	JWKSource<SecurityContext> keys(KeyPair signingKeys) {
		RSAKey key = new RSAKey.Builder((RSAPublicKey) signingKeys.getPublic())
			.privateKey((RSAPrivateKey) signingKeys.getPrivate())
			.keyID(UUID.randomUUID().toString())
			.build();
		return new ImmutableJWKSet<>(new JWKSet(key));
	}

	@Bean
	JwtDecoder accessTokens(KeyPair signingKeys) {
		return NimbusJwtDecoder.withPublicKey((RSAPublicKey) signingKeys.getPublic()).build();
	}
}
