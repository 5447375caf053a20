package uk.safeguarding.training.settings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import uk.safeguarding.training.certificate.CertificateFixture;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.learning.EnrolmentFixture;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Like {@link FixtureTest} (data from the feature fixtures, no demo), in an application of its own shared by the tests
 * that change the organisation's settings (name, contacts, reminder timings, certificate address, public pages), so
 * every other fixture test keeps the settings it started with. Keep this annotation the only configuration of the
 * test class, so they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = {OrganisationSettingsContext.PROPERTY,
        "training.content.courses-directory=target/fixture-tests-import-no-course-folder"})
@ActiveProfiles("test")
@Import({PeopleFixture.class, CourseFixture.class, EnrolmentFixture.class, CertificateFixture.class})
public @interface OrganisationSettingsTest {
}
