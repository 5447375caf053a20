package uk.safeguarding.training.identity.internal;

import java.io.Serial;
import java.util.Map;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import uk.safeguarding.training.identity.SignedInUser;

/**
 * A person signed in through OpenID Connect: the app's own principal (id, email, roles from the database) that
 * Spring's OAuth2 login can also carry as an {@link OidcUser}. Its name is the email, as with a password sign-in.
 */
final class OidcSignedInUser extends SignedInUser implements OidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OidcIdToken idToken;
    private final OidcUserInfo userInfo;

    OidcSignedInUser(SignedInUser user, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(user.id(), user.email(), user.displayName(), user.roles(), null);
        this.idToken = idToken;
        this.userInfo = userInfo;
    }

    @Override
    public Map<String, Object> getClaims() {
        return idToken.getClaims();
    }

    @Override
    public OidcUserInfo getUserInfo() {
        return userInfo;
    }

    @Override
    public OidcIdToken getIdToken() {
        return idToken;
    }

    @Override
    public Map<String, Object> getAttributes() {
        return getClaims();
    }

    @Override
    public String getName() {
        return email();
    }
}
