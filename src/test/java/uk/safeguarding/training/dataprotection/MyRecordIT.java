package uk.safeguarding.training.dataprotection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.audit.AuditAction;
import uk.safeguarding.training.audit.AuditLog;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.AssignmentService;
import uk.safeguarding.training.support.AsUser;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.support.FixtureTest;

/** A learner downloads their own training record: all of theirs, nobody else's, and the download is audited. */
@FixtureTest
class MyRecordIT {

    @Autowired
    MyRecordService records;
    @Autowired
    IdentityService identity;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    EnrolmentFixture enrolments;

    @Test
    void the_download_holds_the_learners_own_data_and_nobody_elses() throws IOException {
        OrganisationUnit unit = people.unit("Records");
        UserAccount me = people.learner("Mira", unit);
        UserAccount other = people.learner("Otto", unit);
        PublishedCourse course = courses.minimal();
        long enrolment = enrolments.completed(me, course, Instant.now().minusSeconds(86_400), 90);
        enrolments.submittedAttempt(enrolment, 1, Instant.now().minusSeconds(3_600));
        enrolments.completed(other, course, Instant.now().minusSeconds(86_400), 90);
        String myCode = display(me.getId());
        String otherCode = display(other.getId());

        String json = new String(AsUser.call(identity, me.getEmail(), () -> records.json()).bytes(), StandardCharsets.UTF_8);
        assertThat(json).contains(me.getEmail(), me.getDisplayName(), unit.getName(), myCode, "\"scorePercent\" : 80",
                        "\"answersKept\" : true", "RECORDED")
                .doesNotContain(other.getEmail(), other.getDisplayName(), otherCode);

        MyRecordService.RecordFile pdf = AsUser.call(identity, me.getEmail(), () -> records.pdf());
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        String text = text(pdf.bytes());
        assertThat(text).contains(me.getDisplayName(), me.getEmail(), myCode, "Certificates")
                .doesNotContain(other.getDisplayName(), otherCode);

        assertThat(audit.byAction(AuditAction.PERSONAL_DATA_EXPORTED)).filteredOn(e -> e.getActor().equals(me.getEmail()))
                .extracting(e -> e.getSubject())
                .contains("Own training record (JSON)", "Own training record (PDF)");
    }

    @Test
    void staff_without_the_learner_role_get_their_own_record_too_and_nobody_signed_in_gets_none() {
        UserAccount adminOnly = identity.createPerson(new IdentityService.NewPerson("record-admin-" + System.nanoTime()
                + "@fresh.test", "Admin Only", people.unit("Administration").getId(), java.util.Set.of(Role.ADMIN), null),
                identity.hash(PeopleFixture.PASSWORD), false);
        String json = new String(AsUser.call(identity, adminOnly.getEmail(), () -> records.json()).bytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(json).contains(adminOnly.getEmail()).contains("Admin Only");
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        try {
            assertThatThrownBy(() -> records.json()).isInstanceOfAny(AccessDeniedException.class,
                    org.springframework.security.core.AuthenticationException.class);
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    private String display(long userId) {
        String code = jdbc.queryForObject("select code from certificate where user_id = ?", String.class, userId);
        return uk.safeguarding.training.certificate.CertificateCode.display(code);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page))).append('\n');
            }
            assertThat(document.isTagged()).isTrue();
            return text.toString();
        }
    }
}
