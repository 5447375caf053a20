package uk.safeguarding.training.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.support.AsUser;

/** Assigning by unit reaches everyone below it, and people who join later; managers stay inside their units. */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class AssignmentIT {

    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void a_unit_assignment_reaches_people_below_it_and_people_who_join_later() {
        long courseId = catalog.newest("cse-awareness").orElseThrow().courseId();
        OrganisationUnit community = unit("Community Services");
        OrganisationUnit newTeam = AsUser.call(identity, "admin@demo.test", () -> identity.createUnit("Outreach Team", community));
        AsUser.run(identity, "admin@demo.test", () -> assignments.assignToUnits(Set.of(community.getId()), courseId,
                DueDateRule.daysAfterJoining(28)));

        LocalDate joined = LocalDate.of(2026, 9, 1);
        UserAccount newcomer = AsUser.call(identity, "admin@demo.test", () -> identity.createPerson(new IdentityService.NewPerson(
                "new.starter@demo.test", "New Starter", newTeam.getId(), Set.of(Role.LEARNER), joined), null, false));
        assertThat(AsUser.call(identity, newcomer.getEmail(), () -> learning.myTraining()))
                .singleElement().satisfies(c -> assertThat(c.dueOn()).isEqualTo(joined.plusDays(28)));
    }

    @Test
    void a_manager_cannot_assign_outside_the_units_they_manage() {
        long courseId = catalog.newest("cse-awareness").orElseThrow().courseId();
        long hotel = unit("Quayside Hotel").getId();
        assertThatThrownBy(() -> AsUser.call(identity, "manager@demo.test", () -> assignments.assignToUnits(Set.of(hotel), courseId,
                DueDateRule.on(LocalDate.of(2027, 1, 31))))).isInstanceOf(AccessDeniedException.class);
        long harry = identity.findByEmail("harry.jones@demo.test").orElseThrow().getId();
        int harrysAssignments = jdbc.queryForObject("select count(*) from assignment where user_id = ?", Integer.class, harry);
        assertThatThrownBy(() -> AsUser.call(identity, "manager@demo.test", () -> assignments.assignToPeople(Set.of(harry), courseId,
                DueDateRule.on(LocalDate.of(2027, 1, 31))))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, "manager@demo.test", () -> assignments.assign(harry, "cse-awareness",
                LocalDate.of(2027, 1, 31), "manager@demo.test"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, "manager@demo.test", () -> assignments.recordCompletion(harry, "cse-awareness",
                java.time.Instant.parse("2026-01-10T10:00:00Z"), 95, "manager@demo.test"))).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from assignment where user_id = ?", Integer.class, harry))
                .as("nothing written for the refused calls").isEqualTo(harrysAssignments);
        assertThat(AsUser.call(identity, "manager@demo.test", () -> assignments.assignableUnits()))
                .extracting(OrganisationUnit::getName).containsExactlyInAnyOrder("Schools", "Northgate Primary School", "Riverside Academy");
        assertThatThrownBy(() -> AsUser.call(identity, "learner@demo.test", () -> assignments.assignableUnits()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void assigning_again_keeps_the_open_assignment_and_its_due_date() {
        long courseId = catalog.newest("cse-awareness").orElseThrow().courseId();
        long schools = unit("Schools").getId();
        // Whatever other tests in this shared application added to Schools, after one assignment everyone has one open.
        AsUser.call(identity, "manager@demo.test", () -> assignments.assignToUnits(Set.of(schools), courseId,
                DueDateRule.on(LocalDate.of(2030, 1, 1))));
        int created = AsUser.call(identity, "manager@demo.test", () -> assignments.assignToUnits(Set.of(schools), courseId,
                DueDateRule.on(LocalDate.of(2031, 6, 1))));
        assertThat(created).isZero();
    }

    private OrganisationUnit unit(String name) {
        return identity.allUnits().stream().filter(u -> u.getName().equals(name)).findFirst().orElseThrow();
    }
}
