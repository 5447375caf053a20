package uk.safeguarding.training.identity.internal;

import java.util.Optional;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Service;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.SingleSignOnProperties;
import uk.safeguarding.training.identity.UserAccount;

/**
 * Turns a successful OpenID Connect sign-in into the app's principal, or refuses it, and audits either way.
 * Used by the OAuth2 login only when a registration is configured.
 */
@Service
class SingleSignOnUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final SingleSignOnProperties properties;

    SingleSignOnUserService(UserAccountRepository users, AuditLog audit, SingleSignOnProperties properties) {
        this.provider = new OidcUserService();
        this.users = users;
        this.audit = audit;
        this.properties = properties;
    }

    /**
     * Not one transaction: a refusal throws, and its audit entry must stay. (The provider's user-info call, if any,
     * is also better made outside a transaction.)
     */
    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidcUser = provider.loadUser(request);
        ClientRegistration registration = request.getClientRegistration();
        String providerName = registration.getClientName();
        boolean trustEmail = properties.trustedEmailRegistrations().contains(registration.getRegistrationId());
        SingleSignOnMatch.Outcome outcome = SingleSignOnMatch.match(oidcUser.getClaims(), providerName, trustEmail,
                properties.requiredClaimsOf(registration.getRegistrationId()), this::account);
        return switch (outcome) {
            case SingleSignOnMatch.Matched matched -> {
                String email = matched.user().email();
                audit.recordAs(email, AuditAction.SIGN_IN, email, "Single sign-on with " + providerName);
                yield new OidcSignedInUser(matched.user(), oidcUser.getIdToken(), oidcUser.getUserInfo());
            }
            case SingleSignOnMatch.Refused refused -> {
                String who = refused.email().isEmpty() ? "unknown (" + providerName + ")" : refused.email();
                audit.recordAs(who, AuditAction.SIGN_IN_FAILED, who, refused.reason());
                throw new OAuth2AuthenticationException(new OAuth2Error(SingleSignOnProperties.REFUSED_ERROR_CODE, refused.message(), null),
                        refused.reason());
            }
        };
    }

    private Optional<SingleSignOnMatch.Account> account(String email) {
        return users.findByEmail(email).map(SingleSignOnUserService::account);
    }

    private static SingleSignOnMatch.Account account(UserAccount user) {
        return new SingleSignOnMatch.Account(user.getId(), user.getEmail(), user.getDisplayName(), user.isActive(),
                user.getRoles());
    }
}
