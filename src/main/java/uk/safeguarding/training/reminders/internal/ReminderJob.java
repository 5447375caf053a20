package uk.safeguarding.training.reminders.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.ReminderTimings;
import uk.safeguarding.training.policy.PolicyService;
import uk.safeguarding.training.policy.PolicyStanding;
import uk.safeguarding.training.policy.PolicyStatus;
import uk.safeguarding.training.reminders.ReminderProperties;
import uk.safeguarding.training.shared.TimeConfiguration;

/**
 * Daily reminders: to learners a number of days before the due date (a week unless the organisation settings say
 * otherwise), when it becomes overdue, and some days (30) before their certificate expires; to managers a digest of
 * their overdue and expiring people, weekly unless set otherwise. Each reminder is claimed
 * once by key, so running the job twice, or on several instances, sends nothing twice. Without SMTP the learner
 * reminders still appear in the app.
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final JdbcTemplate jdbc;
    private final ReminderClaims claims;
    private final ReminderMail mail;
    private final ReminderProperties properties;
    private final OrganisationService organisation;
    private final Clock clock;

    private final PolicyService policies;

    ReminderJob(JdbcTemplate jdbc, ReminderClaims claims, ReminderMail mail, ReminderProperties properties,
                OrganisationService organisation, PolicyService policies, Clock clock) {
        this.policies = policies;
        this.jdbc = jdbc;
        this.claims = claims;
        this.mail = mail;
        this.properties = properties;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** @return how many reminders were sent (claimed) in this run */
    @Scheduled(cron = "${training.reminders.cron:0 0 7 * * *}", zone = TimeConfiguration.ZONE)
    public int run() {
        LocalDate today = LocalDate.now(clock);
        ReminderTimings timings = organisation.reminderTimings();
        int sent = 0;
        for (Due due : due("a.due_on >= ? and a.due_on <= ?", today, today.plusDays(timings.daysBeforeDue()))) {
            sent += send("due-soon:" + due.assignmentId, due, "DUE_SOON", "Reminder: " + due.course + " is due on "
                    + DATE.format(due.date), "Your training \"" + due.course + "\" is due on " + DATE.format(due.date) + ".");
        }
        for (Due due : due("a.due_on < ? and a.due_on >= ?", today, today.minusYears(5))) {
            sent += send("overdue:" + due.assignmentId, due, "OVERDUE", "Overdue: " + due.course,
                    "Your training \"" + due.course + "\" was due on " + DATE.format(due.date) + " and is now overdue. Please complete it as soon as you can.");
        }
        for (Due update : updatesRequired(today)) {
            sent += send("update:" + update.assignmentId, update, "UPDATE", "Update required: " + update.course + " by "
                    + DATE.format(update.date), "A new edition of \"" + update.course + "\" requires an update by "
                    + DATE.format(update.date) + ". " + (update.reason == null ? "" : update.reason + " ")
                    + "It covers only the modules that changed, with a short check at the end.");
        }
        for (Due expiring : expiring(today, timings.daysBeforeExpiry())) {
            sent += send("expiry:" + expiring.assignmentId, expiring, "EXPIRY", "Your certificate for " + expiring.course
                    + " expires on " + DATE.format(expiring.date), "Your certificate for \"" + expiring.course + "\" expires on "
                    + DATE.format(expiring.date) + ". You will be asked to complete the course again.");
        }
        List<PolicyService.PersonPolicy> policiesOutstanding = policies.outstandingToday();
        sent += policyReminders(policiesOutstanding);
        sent += digests(today, timings, policiesOutstanding);
        if (sent > 0) {
            log.info("Sent {} reminder(s)", sent);
        }
        return sent;
    }

    private record Due(long assignmentId, long userId, String email, String name, String course, LocalDate date,
                       String reason) {
        Due(long assignmentId, long userId, String email, String name, String course, LocalDate date) {
            this(assignmentId, userId, email, name, course, date, null);
        }
    }

    /** Updates not yet done nor overdue; the edition's reason comes from the version that started the edition. */
    private List<Due> updatesRequired(LocalDate today) {
        return jdbc.query("""
                select a.id, u.id, u.email, u.display_name, c.title, a.due_on, v.edition_reason from assignment a
                  join user_account u on u.id = a.user_id join course c on c.id = a.course_id
                  left join enrolment e on e.assignment_id = a.id
                  left join course_version v on v.course_id = a.course_id and v.edition_started = a.edition_number
                 where a.closed_at is null and u.active = true and e.completed_at is null and a.reason = 'UPDATE'
                   and a.due_on >= ?""",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate(), rs.getString(7)), Date.valueOf(today));
    }

    private List<Due> due(String condition, LocalDate from, LocalDate to) {
        return jdbc.query("""
                select a.id, u.id, u.email, u.display_name, c.title, a.due_on from assignment a
                  join user_account u on u.id = a.user_id join course c on c.id = a.course_id
                  left join enrolment e on e.assignment_id = a.id
                 where a.closed_at is null and u.active = true and e.completed_at is null and """ + " " + condition,
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate()), Date.valueOf(from), Date.valueOf(to));
    }

    private List<Due> expiring(LocalDate today, int daysBeforeExpiry) {
        return jdbc.query("""
                select cert.id, u.id, u.email, u.display_name, cert.course_title, cert.valid_until from certificate cert
                  join user_account u on u.id = cert.user_id
                 where cert.revoked_at is null and u.active = true and cert.valid_until >= ? and cert.valid_until <= ?
                   and not exists (select 1 from certificate later where later.user_id = cert.user_id
                       and later.course_id = cert.course_id and later.edition_number > cert.edition_number
                       and later.revoked_at is null)""",
                (rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getDate(6).toLocalDate()), Date.valueOf(today), Date.valueOf(today.plusDays(daysBeforeExpiry)));
    }

    private int send(String key, Due due, String kind, String subject, String text) {
        if (!claims.claim(key, due.userId, kind, text)) {
            return 0;
        }
        email(key, due.email, subject, "Dear " + due.name + ",\n\n" + text + "\n\nGo to your training: "
                + properties.appUrl() + "/my-training\n");
        return 1;
    }

    /**
     * Once per period and manager: the overdue and expiring people in the units they manage. A week is the ISO week;
     * other periods count days from a Monday (1970-01-05), so they too start on the same day for everyone.
     */
    /**
     * Policies follow the course rules: once when due soon, once when overdue, per person and version; their own kinds,
     * so a course's reminders are counted apart from a policy's.
     */
    private int policyReminders(List<PolicyService.PersonPolicy> outstanding) {
        int sent = 0;
        for (PolicyService.PersonPolicy p : outstanding) {
            PolicyStanding.Line line = p.line();
            Due due = new Due(line.versionId(), p.userId(), p.email(), p.name(), line.title(), line.dueOn());
            if (line.status() == PolicyStatus.DUE_SOON) {
                sent += send("policy-due-soon:" + p.userId() + ":" + line.versionId(), due, "POLICY_DUE_SOON",
                        "Reminder: please read " + line.title() + " by " + DATE.format(line.dueOn()),
                        "Please read \"" + line.title() + "\" (version " + line.versionNumber() + ") and confirm you have "
                                + "understood it by " + DATE.format(line.dueOn()) + ".");
            } else if (line.status() == PolicyStatus.OVERDUE) {
                sent += send("policy-overdue:" + p.userId() + ":" + line.versionId(), due, "POLICY_OVERDUE",
                        "Overdue: " + line.title(), "You were asked to read \"" + line.title() + "\" (version "
                                + line.versionNumber() + ") by " + DATE.format(line.dueOn())
                                + " and have not confirmed it yet. Please read it as soon as you can.");
            }
        }
        return sent;
    }

    private int digests(LocalDate today, ReminderTimings timings, List<PolicyService.PersonPolicy> policiesOutstanding) {
        int every = timings.digestEveryDays();
        String period = every == 7
                ? today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                : "every-" + every + "-days-" + Math.floorDiv(today.toEpochDay() - 4, every);
        Map<Long, String[]> managers = new LinkedHashMap<>();
        jdbc.query("""
                select distinct u.id, u.email, u.display_name from user_account u join managed_unit m on m.user_id = u.id
                 where u.active = true""", rs -> {
            managers.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
        });
        int sent = 0;
        for (var manager : managers.entrySet()) {
            List<String> lines = new ArrayList<>(digestLines(manager.getKey(), today, timings.daysBeforeExpiry()));
            lines.addAll(policyDigestLines(manager.getKey(), policiesOutstanding));
            if (lines.isEmpty()) {
                continue;
            }
            String key = "digest:" + manager.getKey() + ":" + period;
            if (!claims.claim(key, manager.getKey(), "DIGEST", null)) {
                continue;
            }
            email(key, manager.getValue()[0], (every == 7 ? "Weekly" : "Regular") + " training digest: " + lines.size()
                            + " people need attention",
                    "Dear " + manager.getValue()[1] + ",\n\nThese people in the units you manage are overdue, need "
                            + "an update for a new edition of a course, or their training expires within " + timings.daysBeforeExpiry() + " days:\n\n" + String.join("\n", lines)
                            + "\n\nSee the report: " + properties.appUrl() + "/team\n");
            sent++;
        }
        return sent;
    }

    List<String> digestLines(long managerId, LocalDate today, int daysBeforeExpiry) {
        List<String> lines = new ArrayList<>();
        jdbc.query("""
                select u.display_name, ou.name, c.title, a.due_on, e.completed_at, cert.valid_until, a.reason
                  from assignment a join user_account u on u.id = a.user_id
                  join organisation_unit ou on ou.id = u.unit_id join course c on c.id = a.course_id
                  left join enrolment e on e.assignment_id = a.id left join certificate cert on cert.enrolment_id = e.id
                 where a.closed_at is null and u.active = true
                   and exists (select 1 from managed_unit m join organisation_unit mu on mu.id = m.unit_id
                                where m.user_id = ? and ou.path like concat(mu.path, '%'))
                   and ((e.completed_at is null and (a.due_on < ? or a.reason = 'UPDATE'))
                     or (e.completed_at is not null and cert.revoked_at is null and cert.valid_until >= ? and cert.valid_until <= ?))
                 order by u.display_name""", rs -> {
            boolean open = rs.getTimestamp(5) == null;
            LocalDate due = rs.getDate(4).toLocalDate();
            String state = !open ? "expires " + DATE.format(rs.getDate(6).toLocalDate())
                    : due.isBefore(today) ? ("UPDATE".equals(rs.getString(7)) ? "update overdue since " : "overdue since ")
                    + DATE.format(due)
                    : "update required by " + DATE.format(due);
            lines.add("- " + rs.getString(1) + " (" + rs.getString(2) + "), " + rs.getString(3) + ": " + state);
        }, managerId, Date.valueOf(today), Date.valueOf(today), Date.valueOf(today.plusDays(daysBeforeExpiry)));
        return lines;
    }

    /** Overdue policy confirmations of people in the units the manager manages (and below). */
    List<String> policyDigestLines(long managerId, List<PolicyService.PersonPolicy> outstanding) {
        List<String> paths = jdbc.queryForList("select mu.path from managed_unit m join organisation_unit mu"
                + " on mu.id = m.unit_id where m.user_id = ?", String.class, managerId);
        return outstanding.stream()
                .filter(p -> p.line().status() == PolicyStatus.OVERDUE && paths.stream().anyMatch(p.unitPath()::startsWith))
                .map(p -> "- " + p.name() + " (" + p.unit() + "), policy " + p.line().title() + ": not confirmed, due "
                        + DATE.format(p.line().dueOn()))
                .toList();
    }

    private void email(String key, String to, String subject, String text) {
        JavaMailSender sender = mail.sender().orElse(null);
        if (sender == null) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        try {
            sender.send(message);
            claims.markEmailed(key);
        } catch (MailException e) {
            log.warn("Could not email reminder {} to {}: {}", key, to, e.getMessage());
        }
    }
}
