package uk.safeguarding.training.audit;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.shared.LikePatterns;

/**
 * Pseudonymises an erased person in the audit log: the entries stay (what happened, when), but the person's emails
 * and names, current and former, are replaced by a pseudonym wherever they appear as a whole address or a whole name
 * (so erasing an@x.org leaves dan@x.org alone). Former ones are found in the log's own "Person changed" entries. The
 * log is otherwise append-only, so this writes with plain SQL rather than through the immutable entity. Called by the
 * data-protection service, which checks the caller.
 */
@Service
public class AuditErasure {

    private static final Pattern NAME_CHANGE = Pattern.compile("Name: (.+?) -> (.+?)\\.(?: |$)");
    private static final Pattern EMAIL_CHANGE = Pattern.compile("Email: (\\S+) -> (\\S+?)\\.(?: |$)");

    private final JdbcTemplate jdbc;

    AuditErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Entry(long id, String actor, String subject, String details) {
    }

    /**
     * Replaces {@code email} and {@code displayName}, and every former email and name of the same person recorded in
     * "Person changed" entries, with {@code pseudonym}: as actor (exact match), and inside subject and details. Idempotent.
     *
     * @return how many entries were changed
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int pseudonymise(String email, String displayName, String pseudonym) {
        Set<String> emails = new LinkedHashSet<>(List.of(email));
        Set<String> names = new LinkedHashSet<>();
        if (displayName != null && displayName.strip().length() >= 2) {
            names.add(displayName.strip());
        }
        addFormerIdentities(emails, names);

        List<Pattern> patterns = new java.util.ArrayList<>();
        emails.forEach(e -> patterns.add(Pattern.compile("(?<![\\w.+-])" + Pattern.quote(e) + "(?![\\w-]|\\.\\w)",
                Pattern.CASE_INSENSITIVE)));
        names.forEach(n -> patterns.add(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])")));

        Set<Long> seen = new HashSet<>();
        int changed = 0;
        for (String value : concat(emails, names)) {
            for (Entry entry : candidates(value)) {
                if (!seen.add(entry.id())) {
                    continue;
                }
                String actor = emails.stream().anyMatch(e -> e.equalsIgnoreCase(entry.actor())) ? pseudonym : entry.actor();
                String subject = replace(entry.subject(), patterns, pseudonym);
                String details = replace(entry.details(), patterns, pseudonym);
                if (!actor.equals(entry.actor()) || !subject.equals(entry.subject()) || !details.equals(entry.details())) {
                    changed += jdbc.update("update audit_entry set actor = ?, subject = ?, details = ? where id = ?",
                            actor, subject, details, entry.id());
                }
            }
        }
        return changed;
    }

    /** Follows the person's "Person changed" entries (subject: the new email) back to earlier emails and names. */
    private void addFormerIdentities(Set<String> emails, Set<String> names) {
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String known : List.copyOf(emails)) {
                List<String> changes = jdbc.queryForList(
                        "select details from audit_entry where action = 'USER_CHANGED' and lower(subject) = lower(?)",
                        String.class, known);
                for (String details : changes) {
                    Matcher email = EMAIL_CHANGE.matcher(details);
                    while (email.find()) {
                        grew |= emails.add(email.group(1)) | emails.add(email.group(2));
                    }
                    Matcher name = NAME_CHANGE.matcher(details);
                    while (name.find()) {
                        for (String n : List.of(name.group(1).strip(), name.group(2).strip())) {
                            if (n.length() >= 2) {
                                names.add(n);
                            }
                        }
                    }
                }
            }
        }
    }

    private List<Entry> candidates(String value) {
        String like = LikePatterns.containing(value.toLowerCase(java.util.Locale.ROOT));
        return jdbc.query("""
                        select id, actor, subject, details from audit_entry
                         where lower(actor) = lower(?) or lower(subject) like ? or lower(details) like ?""",
                (rs, i) -> new Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                value, like, like);
    }

    private static String replace(String text, List<Pattern> patterns, String pseudonym) {
        String result = text;
        for (Pattern pattern : patterns) {
            result = pattern.matcher(result).replaceAll(Matcher.quoteReplacement(pseudonym));
        }
        return result;
    }

    private static List<String> concat(Set<String> a, Set<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
