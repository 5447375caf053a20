package uk.safeguarding.training.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import uk.safeguarding.training.shared.HasDisplayName;

/**
 * The principal of a signed-in person: enough to scope every query without another look-up.
 * The password hash is erased by Spring Security after sign-in, so the session never holds it.
 * Not final: a single sign-on adds the OpenID Connect tokens (see identity.internal.OidcSignedInUser), and views and
 * services see the same principal whichever way the person signed in.
 */
public class SignedInUser implements UserDetails, CredentialsContainer, HasDisplayName {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String email;
    private final String displayName;
    private final Set<Role> roles;
    private String password;

    public SignedInUser(long id, String email, String displayName, Set<Role> roles, String password) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.roles = Set.copyOf(roles);
        this.password = password;
    }

    public long id() {
        return id;
    }

    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return roles;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        password = null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SignedInUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "SignedInUser[" + id + ", " + email + "]";
    }
}
