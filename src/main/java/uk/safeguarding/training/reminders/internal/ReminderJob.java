package uk.safeguarding.training.reminders.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.certificate.ExpiringCertificates;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.identity.VisibleUnits;
import uk.safeguarding.training.learning.Deadlines;
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
 *
 * <p>What is due, overdue, to update or expiring is asked of the features that own it ({@link Deadlines} in learning,
 * {@link ExpiringCertificates}), and a manager's units of identity ({@link VisibleUnits}): the job only decides whom
 * to write to, once, and what to say (docs/decisions/0033).
 */
@Component
public class ReminderJob {

    private static final Logger log = LoggerFactory.getLogger(ReminderJob.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Deadlines deadlines;
    private final ExpiringCertificates expiringCertificates;
    private final IdentityService identity;
    private final ReminderClaims claims;
    private final ReminderMail mail;
    private final ReminderProperties properties;
    private final OrganisationService organisation;
    private final Clock clock;

    private final PolicyService policies;

    ReminderJob(Deadlines deadlines, ExpiringCertificates expiringCertificates, IdentityService identity,
                ReminderClaims claims, ReminderMail mail, ReminderProperties properties,
                OrganisationService organisation, PolicyService policies, Clock clock) {
        this.policies = policies;
        this.deadlines = deadlines;
        this.expiringCertificates = expiringCertificates;
        this.identity = identity;
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
        for (Due due : fromLearning(deadlines.dueSoon(today, timings))) {
            sent += send("due-soon:" + due.assignmentId, due, "DUE_SOON", "Reminder: " + due.course + " is due on "
                    + DATE.format(due.date), "Your training \"" + due.course + "\" is due on " + DATE.format(due.date) + ".");
        }
        for (Due due : fromLearning(deadlines.overdue(today, timings))) {
            sent += send("overdue:" + due.assignmentId, due, "OVERDUE", "Overdue: " + due.course,
                    "Your training \"" + due.course + "\" was due on " + DATE.format(due.date) + " and is now overdue. Please complete it as soon as you can.");
        }
        for (Due update : fromLearning(deadlines.updatesRequired(today, timings))) {
            sent += send("update:" + update.assignmentId, update, "UPDATE", "Update required: " + update.course + " by "
                    + DATE.format(update.date), "A new edition of \"" + update.course + "\" requires an update by "
                    + DATE.format(update.date) + ". " + (update.reason == null ? "" : update.reason + " ")
                    + "It covers only the modules that changed, with a short check at the end.");
        }
        for (ExpiringCertificates.Expiring certificate : expiringCertificates.on(today, timings)) {
            Due expiring = new Due(certificate.certificateId(), certificate.userId(), certificate.email(),
                    certificate.name(), certificate.course(), certificate.validUntil());
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

    /** Whom to write to about an assignment learning reports, keyed by the assignment. */
    private static List<Due> fromLearning(List<Deadlines.Due> due) {
        return due.stream().map(d -> new Due(d.assignmentId(), d.userId(), d.email(), d.name(), d.course(), d.dueOn(),
                d.editionReason())).toList();
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
        int sent = 0;
        for (UserAccount manager : identity.activeManagers()) {
            VisibleUnits units = identity.managedSubtreesOf(manager.getId());
            List<String> lines = new ArrayList<>(digestLines(units, today, timings));
            lines.addAll(policyDigestLines(units, policiesOutstanding));
            if (lines.isEmpty()) {
                continue;
            }
            String key = "digest:" + manager.getId() + ":" + period;
            if (!claims.claim(key, manager.getId(), "DIGEST", null)) {
                continue;
            }
            email(key, manager.getEmail(), (every == 7 ? "Weekly" : "Regular") + " training digest: " + lines.size()
                            + " people need attention",
                    "Dear " + manager.getDisplayName() + ",\n\nThese people in the units you manage are overdue, need "
                            + "an update for a new edition of a course, or their training expires within " + timings.daysBeforeExpiry() + " days:\n\n" + String.join("\n", lines)
                            + "\n\nSee the report: " + properties.appUrl() + "/team\n");
            sent++;
        }
        return sent;
    }

    List<String> digestLines(VisibleUnits units, LocalDate today, ReminderTimings timings) {
        return deadlines.needingAttention(units, today, timings).stream().map(p -> {
            String state = switch (p.status()) {
                case EXPIRING -> "expires " + DATE.format(p.validUntil());
                case UPDATE_REQUIRED -> "update required by " + DATE.format(p.dueOn());
                default -> (p.update() ? "update overdue since " : "overdue since ") + DATE.format(p.dueOn());
            };
            return "- " + p.name() + " (" + p.unit() + "), " + p.course() + ": " + state;
        }).toList();
    }

    /** Overdue policy confirmations of people in the units the manager manages (and below). */
    List<String> policyDigestLines(VisibleUnits units, List<PolicyService.PersonPolicy> outstanding) {
        return outstanding.stream()
                .filter(p -> p.line().status() == PolicyStatus.OVERDUE && units.contains(p.unitPath()))
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
