package uk.safeguarding.training.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Notices a feature puts at the top of the signed-in person's own training page (the reminders' unread messages).
 * The page asks every implementation instead of naming the feature, so the feature that writes the notices may itself
 * depend on the page's feature (reminders asks learning what is due) without a cycle.
 */
public interface PersonalNotices {

    /** The signed-in person's notices, each a component that hides itself when dismissed; empty for none. */
    List<Component> forSignedInPerson();
}
