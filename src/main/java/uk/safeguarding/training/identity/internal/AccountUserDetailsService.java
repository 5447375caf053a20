package uk.safeguarding.training.identity.internal;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.identity.EmailAddress;
import uk.safeguarding.training.identity.SignedInUser;
import uk.safeguarding.training.identity.UserAccount;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String email = EmailAddress.normalise(username);
        UserAccount user = users.findByEmail(email)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        // A deactivated account is answered like an unknown email: "disabled" would confirm the email exists.
        if (!user.isActive() || user.getPasswordHash() == null) {
            throw new UsernameNotFoundException("No active account");
        }
        return new SignedInUser(user.getId(), user.getEmail(), user.getDisplayName(), user.getRoles(),
                user.getPasswordHash());
    }
}
