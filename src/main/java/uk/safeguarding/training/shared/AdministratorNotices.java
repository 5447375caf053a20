package uk.safeguarding.training.shared;

import java.util.List;

/**
 * Something an administrator must be told on the first page they see after signing in (the people list), such as a
 * setting whose absence breaks every certificate. A feature that owns such a setting supplies a bean; the page shows
 * what all of them return. It lives here so that the people page (identity) need not depend on the features that
 * depend on identity.
 */
public interface AdministratorNotices {

    /** The notices in force now, each a complete sentence; empty when all is well. Called by an administrator. */
    List<String> current();
}
