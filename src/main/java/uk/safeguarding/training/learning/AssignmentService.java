package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.CurrentUser;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.internal.AssignmentRepository;
import uk.safeguarding.training.learning.internal.EnrolmentRepository;
import uk.safeguarding.training.learning.internal.UnitAssignmentRepository;

/** Giving people courses to complete, and recording completions made elsewhere (for example before this system). */
@Service
@Transactional
@RolesAllowed({AppRoles.ADMIN, AppRoles.MANAGER})
public class AssignmentService {

    private final AssignmentRepository assignments;
    private final EnrolmentRepository enrolments;
    private final UnitAssignmentRepository unitAssignments;
    private final Assignments opener;
    private final CourseCatalog catalog;
    private final IdentityService identity;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AssignmentService(AssignmentRepository assignments, EnrolmentRepository enrolments,
                      UnitAssignmentRepository unitAssignments, Assignments opener, CourseCatalog catalog, IdentityService identity,
                      CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.enrolments = enrolments;
        this.unitAssignments = unitAssignments;
        this.opener = opener;
        this.catalog = catalog;
        this.identity = identity;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The units the signed-in person may assign to: all for an administrator, the managed units and below otherwise. */
    public java.util.List<OrganisationUnit> assignableUnits() {
        return identity.visibleUnits().filter(identity.allUnits());
    }

    /** The people the signed-in person may assign to. */
    public java.util.List<UserAccount> assignablePeople() {
        return identity.visibleUnits().filter(identity.allPeopleForStartup().stream().filter(UserAccount::isActive).toList(),
                p -> p.getUnit().getPath());
    }

    /**
     * Assigns the course unless the person already has it open; returns the open assignment either way. A manager
     * only to people in the units they manage, like {@link #assignToPeople}.
     */
    public Assignment assign(long userId, String courseKey, LocalDate dueOn, String assignedBy) {
        requirePersonInScope(userId);
        return opener.openOrExisting(userId, course(courseKey).courseId(), dueOn, assignedBy);
    }

    /**
     * Assigns a course to units and everything below them, now and for people who join later. A manager may
     * assign only to units they manage (or below).
     *
     * @return how many people got a new assignment
     */
    public int assignToUnits(Set<Long> unitIds, long courseId, DueDateRule rule) {
        String by = currentUser.require().email();
        int created = 0;
        for (long unitId : unitIds) {
            OrganisationUnit unit = identity.unit(unitId).orElseThrow(() -> new IllegalArgumentException("Unknown unit " + unitId));
            requireInScope(unit.getPath());
            unitAssignments.save(new UnitAssignment(unitId, courseId, rule, clock.instant(), by));
            for (UserAccount person : identity.peopleInUnitTree(unitId)) {
                if (!person.isActive()) {
                    continue; // people who left (or were erased) are not given new training
                }
                if (opener.openIfMissing(person.getId(), courseId, rule.dueFor(person.getJoinedOn()), by)) {
                    created++;
                }
            }
        }
        return created;
    }

    /** Assigns a course to chosen people; a manager only to people in the units they manage. */
    public int assignToPeople(Set<Long> userIds, long courseId, DueDateRule rule) {
        String by = currentUser.require().email();
        int created = 0;
        for (long userId : userIds) {
            UserAccount person = requirePersonInScope(userId);
            if (opener.openIfMissing(userId, courseId, rule.dueFor(person.getJoinedOn()), by)) {
                created++;
            }
        }
        return created;
    }

    private UserAccount requirePersonInScope(long userId) {
        UserAccount person = identity.findById(userId).orElseThrow(() -> new IllegalArgumentException("Unknown person " + userId));
        requireInScope(person.getUnit().getPath());
        return person;
    }

    private void requireInScope(String unitPath) {
        if (!identity.visibleUnits().contains(unitPath)) {
            throw new AccessDeniedException("You can assign courses only within the units you manage");
        }
    }

    /**
     * Records a completion that happened on another date or system (for example training records brought over from
     * a previous system), on the newest version of the course. It counts like any completion, certificate included.
     * A manager only for people in the units they manage.
     */
    public Enrolment recordCompletion(long userId, String courseKey, Instant completedAt, int scorePercent, String recordedBy) {
        requirePersonInScope(userId);
        PublishedCourse course = course(courseKey);
        LocalDate completedOn = completedAt.atZone(clock.getZone()).toLocalDate();
        Assignment assignment = assignments.save(new Assignment(userId, course.courseId(), completedOn, completedAt,
                recordedBy, Assignment.Reason.RECORDED));
        Enrolment enrolment = new Enrolment(assignment.getId(), userId, course.versionId(), completedAt);
        enrolment.complete(completedAt, scorePercent);
        enrolments.save(enrolment);
        events.publishEvent(new CourseCompleted(enrolment.getId(), userId, course.courseId(), course.versionId(),
                completedAt, scorePercent, null));
        return enrolment;
    }

    private PublishedCourse course(String courseKey) {
        return catalog.newest(courseKey).orElseThrow(() -> new IllegalArgumentException("No published course " + courseKey));
    }
}
