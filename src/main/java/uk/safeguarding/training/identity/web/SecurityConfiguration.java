package uk.safeguarding.training.identity.web;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import uk.safeguarding.training.identity.IdentityService;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Web security: Vaadin's configurer for views (each view declares who may open it), plus the few plain HTTP
 * endpoints. Services check again with method security, whatever URL was typed.
 *
 * <p>Method security enforces JSR-250's {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll}, the only
 * annotations the services use. Spring's {@code @PreAuthorize} family is off: each of its four interceptors is a
 * pointcut Spring matches against every method of every bean at start (about a tenth of the start's main thread,
 * docs/decisions/0039), and an annotation it would not enforce fails {@code MethodSecurityAnnotationsTest} rather
 * than passing silently.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false, jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * What pages may load. Vaadin's client needs inline bootstrap scripts and eval, and inline styles for its
     * components; everything comes from this origin; nothing may frame the app.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' ws: wss:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager signIn,
                                            ObjectProvider<ClientRegistrationRepository> singleSignOnProviders,
                                            OAuth2UserService<OidcUserRequest, OidcUser> singleSignOnAccounts,
                                            IdentityService identity, Clock clock, RequestUtil vaadinRequests,
                                            @Value("${training.identity.account-check-interval:30s}") Duration accountCheck,
                                            @Value("${server.servlet.context-path:}") String contextPath)
            throws Exception {
        // The sign-in form must use the manager that checks the lockout and publishes failures (identity.internal).
        http.authenticationManager(signIn);
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/styles.css", "/images/**", "/favicon.ico").permitAll()
                // The sign-in page with any query (?error, ?busy): form login's own rule permits only the bare path.
                .requestMatchers(HttpMethod.GET, SignInPageController.PATH).permitAll()
                // Published course images (learning.ui.CourseAssetController) for anyone signed in: Vaadin's
                // configurer denies every plain path it does not know, which answered 403 to every image.
                .requestMatchers("/course-assets/**").authenticated()
                // The plain page a certificate's QR code opens (certificate.ui.VerifyLinkController): public, no session.
                .requestMatchers(HttpMethod.GET, "/verify/*").permitAll()
                // The verification API and the Open Badges documents (certificate.ui.VerificationApiController,
                // OpenBadgeController): public, read-only, no session; OPTIONS for browsers' CORS preflight.
                .requestMatchers(HttpMethod.GET, "/api/verify/*", "/badges/**").permitAll()
                .requestMatchers(HttpMethod.OPTIONS, "/api/verify/*", "/badges/**").permitAll());
        // Where refused sign-ins go, and what the page then says, without a session (decision 0034).
        SignInFailures failures = new SignInFailures(contextPath);
        if (singleSignOnProviders.getIfAvailable() != null) {
            singleSignOn(http, singleSignOnAccounts, failures);
        }
        // Vaadin's configurer exempts the login form's POST from CSRF protection, so a page on any other origin could
        // sign a visitor in as someone else (login CSRF). Its CSRF set-up is switched off and redone here: only
        // Vaadin's own requests (which carry Vaadin's own CSRF token) are exempt; the sign-in form sends Spring's
        // token, kept for /login in a SameSite=Strict cookie rather than a session (SignInCsrfTokens, decision 0034).
        // The sign-in page is a plain page (SignInPageController), given to Vaadin by its path: a Vaadin navigation
        // that needs a sign-in loads it as a whole page.
        http.with(vaadin(), vaadin -> vaadin.loginView(SignInPageController.PATH).enableCsrfConfiguration(false));
        // Vaadin's configurer sets no failure handler, so this one is kept.
        http.formLogin(form -> form.failureHandler(failures));
        http.csrf(csrf -> csrf.csrfTokenRepository(new SignInCsrfTokens(contextPath))
                .ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest));
        http.addFilterAfter(new SecurityHeadersFilter(), HeaderWriterFilter.class);
        http.addFilterAfter(new ActiveAccountFilter(identity::stillSignedInAs, accountCheck, clock), SecurityContextHolderFilter.class);
        return http.build();
    }

    /**
     * OpenID Connect sign-in next to the password form, only when a registration is configured
     * (spring.security.oauth2.client.registration.*; docs/decisions/0006). Vaadin's configurer sets up either a form
     * login or an OAuth2 login, not both, so the OAuth2 login is added here, on the same login page. Its filter gets
     * its own manager: the chain's manager is the password one, which knows nothing of authorization codes.
     */
    private static void singleSignOn(HttpSecurity http, OAuth2UserService<OidcUserRequest, OidcUser> accounts,
                                     SignInFailures failures) throws Exception {
        OidcAuthorizationCodeAuthenticationProvider oidc = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), accounts);
        AuthenticationManager singleSignOnManager = new ProviderManager(oidc);
        http.oauth2Login(oauth -> oauth
                .loginPage(SignInPageController.PATH)
                .failureHandler(failures)
                .defaultSuccessUrl("/", false)
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2LoginAuthenticationFilter>() {
                    @Override
                    public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
                        filter.setAuthenticationManager(singleSignOnManager);
                        return filter;
                    }
                }));
    }

    /**
     * Writes the security headers on every response. A filter rather than Spring's header configuration, because
     * Vaadin's configurer replaces that configuration with its own.
     */
    static final class SecurityHeadersFilter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
            if (request.isSecure()) {
                // Behind TLS (with server.forward-headers-strategy in production): browsers keep to HTTPS for a year.
                response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            chain.doFilter(request, response);
        }
    }

    /** bcrypt today, with the algorithm named in each hash so it can be upgraded later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
