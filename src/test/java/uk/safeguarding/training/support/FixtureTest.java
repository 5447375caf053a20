package uk.safeguarding.training.support;

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

/**
 * A Spring test whose data comes from the feature fixtures ({@link PeopleFixture}, {@link CourseFixture},
 * {@link EnrolmentFixture}, {@link CertificateFixture}) instead of the demo organisation: every test builds the units,
 * people, courses, enrolments and certificates it talks about, so what it asserts is written in the test, and no test
 * depends on another's demo person. All such tests share one application (one Spring context: keep this annotation the only configuration of
 * the test class), started without the demo and with no course folder to import, so it starts with the first
 * administrator and the organisation's top unit only.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = "training.content.courses-directory=target/fixture-tests-import-no-course-folder")
@ActiveProfiles("test")
@Import({PeopleFixture.class, CourseFixture.class, EnrolmentFixture.class, CertificateFixture.class})
public @interface FixtureTest {
}
