package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.support.FixtureTest;

/** Assigning by unit reaches everyone below it, and people who join later; managers stay inside their units. */
@FixtureTest
class AssignmentIT {

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_unit_assignment_reaches_people_below_it_and_people_who_join_later() {
        long courseId = courses.minimal().courseId();
        OrganisationUnit community = people.unit("Community Services");
        OrganisationUnit newTeam = people.asAdministrator(() -> identity.createUnit("Outreach Team", community));
        people.asAdministrator(() -> assignments.assignToUnits(Set.of(community.getId()), courseId,
                DueDateRule.daysAfterJoining(28)));

        LocalDate joined = LocalDate.of(2026, 9, 1);
        UserAccount newcomer = people.person("Newcomer", newTeam, joined);
        assertThat(people.as(newcomer, () -> learning.myTraining()))
                .singleElement().satisfies(c -> assertThat(c.dueOn()).isEqualTo(joined.plusDays(28)));
    }

    @Test
    void a_manager_cannot_assign_outside_the_units_they_manage() {
        PublishedCourse course = courses.minimal();
        long courseId = course.courseId();
        OrganisationUnit schools = people.unit("Schools");
        OrganisationUnit northgate = people.unit("Northgate Primary School", schools);
        OrganisationUnit riverside = people.unit("Riverside Academy", schools);
        OrganisationUnit hotel = people.unit("Quayside Hotel");
        UserAccount manager = people.manager("Manager", schools);
        UserAccount learner = people.learner("Lena", northgate);
        long harry = people.learner("Harry", hotel).getId();

        assertThatThrownBy(() -> people.as(manager, () -> assignments.assignToUnits(Set.of(hotel.getId()), courseId,
                DueDateRule.on(LocalDate.of(2027, 1, 31))))).isInstanceOf(AccessDeniedException.class);
        int harrysAssignments = jdbc.queryForObject("select count(*) from assignment where user_id = ?", Integer.class, harry);
        assertThatThrownBy(() -> people.as(manager, () -> assignments.assignToPeople(Set.of(harry), courseId,
                DueDateRule.on(LocalDate.of(2027, 1, 31))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(manager, () -> assignments.assign(harry, course.key(),
                LocalDate.of(2027, 1, 31), manager.getEmail()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(manager, () -> assignments.recordCompletion(harry, course.key(),
                java.time.Instant.parse("2026-01-10T10:00:00Z"), 95, manager.getEmail()))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from assignment where user_id = ?", Integer.class, harry))
                .as("nothing written for the refused calls").isEqualTo(harrysAssignments);
        assertThat(people.as(manager, () -> assignments.assignableUnits()))
                .extracting(OrganisationUnit::getName)
                .containsExactlyInAnyOrder(schools.getName(), northgate.getName(), riverside.getName());
        assertThatThrownBy(() -> people.as(learner, () -> assignments.assignableUnits()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void assigning_again_keeps_the_open_assignment_and_its_due_date() {
        long courseId = courses.minimal().courseId();
        OrganisationUnit schools = people.unit("Schools");
        OrganisationUnit northgate = people.unit("Northgate Primary School", schools);
        UserAccount manager = people.manager("Manager", schools);
        UserAccount learner = people.learner("Lena", northgate);
        int first = people.as(manager, () -> assignments.assignToUnits(Set.of(schools.getId()), courseId,
                DueDateRule.on(LocalDate.of(2030, 1, 1))));
        assertThat(first).as("the manager and the learner").isEqualTo(2);
        int created = people.as(manager, () -> assignments.assignToUnits(Set.of(schools.getId()), courseId,
                DueDateRule.on(LocalDate.of(2031, 6, 1))));
        assertThat(created).isZero();
        assertThat(people.as(learner, () -> learning.myTraining()))
                .singleElement().satisfies(c -> assertThat(c.dueOn()).isEqualTo(LocalDate.of(2030, 1, 1)));
    }
}
