package uk.safeguarding.training.audit;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which audit entries to show; every part optional. Actions: any of these (empty = all). Actor and text: contained,
 * ignoring case (text searches subject and details). Dates: the UK days the entries were written, inclusive.
 */
public record AuditFilter(Set<AuditAction> actions, String actor, String text, LocalDate from, LocalDate to) {

    public AuditFilter {
        actions = actions == null || actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        actor = actor == null ? "" : actor.strip();
        text = text == null ? "" : text.strip();
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The end date " + to + " is before the start date " + from + ".");
        }
    }

    public static AuditFilter everything() {
        return new AuditFilter(Set.of(), "", "", null, null);
    }

    public AuditFilter withActions(Set<AuditAction> newActions) {
        return new AuditFilter(newActions, actor, text, from, to);
    }

    public AuditFilter withActor(String newActor) {
        return new AuditFilter(actions, newActor, text, from, to);
    }

    public AuditFilter withText(String newText) {
        return new AuditFilter(actions, actor, newText, from, to);
    }

    public AuditFilter withDates(LocalDate newFrom, LocalDate newTo) {
        return new AuditFilter(actions, actor, text, newFrom, newTo);
    }

    /** The filter in words, for the audit entry of an export. */
    public String describe() {
        String actionNames = actions.isEmpty() ? "all"
                : actions.stream().sorted().map(AuditAction::name).collect(Collectors.joining("|"));
        return "actions=" + actionNames + ", actor=" + actor + ", text=" + text + ", from=" + (from == null ? "" : from)
                + ", to=" + (to == null ? "" : to);
    }
}
