package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.certificate.internal.CertificatePdf;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.course.PublishedCourse;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.learning.Assignment;
import uk.safeguarding.training.learning.CourseCompleted;
import uk.safeguarding.training.learning.LearnerViews.MyCourse;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.support.FixtureTest;

/**
 * Certificates of people each test makes: the unit tests build {@link #schools()}, Schools (Northgate and Riverside
 * under it, one manager of the three) and a hotel beside it, with Aisha (Northgate) and Farhan (Riverside) holding
 * valid certificates, Grace (hotel) an expiring one and Harry (hotel) an expired one.
 */
@FixtureTest
class CertificateIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    IdentityService identity;
    @Autowired
    CourseFixture courses;
    @Autowired
    CertificateFixture issued;
    @Autowired
    CertificateService certificates;
    @Autowired
    VerificationService verification;
    @Autowired
    CertificateRepository repository;
    @Autowired
    LearningService learning;
    @Autowired
    CourseCatalog catalog;
    @Autowired
    OrganisationService organisation;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @PersistenceContext
    EntityManager entityManager;

    record Schools(OrganisationUnit schools, OrganisationUnit northgate, OrganisationUnit riverside, OrganisationUnit hotel,
                   UserAccount manager, Certificate aisha, Certificate farhan, Certificate grace, Certificate harry) {
    }

    private Schools schools() {
        OrganisationUnit schools = people.unit("Schools");
        OrganisationUnit northgate = people.unit("Northgate Primary School", schools);
        OrganisationUnit riverside = people.unit("Riverside Academy", schools);
        OrganisationUnit hotel = people.unit("Quayside Hotel");
        PublishedCourse course = courses.minimal();
        return new Schools(schools, northgate, riverside, hotel, people.manager("Manager", schools),
                issued.valid(people.learner("Aisha", northgate), course),
                issued.valid(people.learner("Farhan", riverside), course),
                issued.expiring(people.learner("Grace", hotel), course),
                issued.expired(people.learner("Harry", hotel), course));
    }

    private Certificate validCertificate(String firstName) {
        return issued.valid(people.learner(firstName, people.unit("Certificates")), courses.minimal());
    }

    private UserAccount holder(Certificate certificate) {
        return identity.findById(certificate.getUserId()).orElseThrow();
    }

    @Test
    void a_completion_through_the_assessment_issues_one_certificate_with_the_course_validity() {
        UserAccount learner = people.learner("Aisha", people.unit("Certificates"));
        PublishedCourse course = courses.shipped();
        Certificate aisha = issued.throughTheAssessment(learner, course);
        assertThat(aisha.getLearnerName()).isEqualTo(learner.getDisplayName());
        assertThat(aisha.getScorePercent()).isEqualTo(100);
        assertThat(aisha.getValidUntil()).isEqualTo(aisha.getCompletedOn().plusMonths(12));
        // The fixtures' application has not named its organisation, so the certificate names the fallback issuer.
        assertThat(aisha.getIssuingOrganisation()).isNotBlank().isEqualTo(Certificate.issuerName(organisation.profile().name()));
        // The version and edition the learner took (not merely the newest when the certificate is read).
        assertThat(aisha.getCourseVersionNumber()).isEqualTo(course.versionNumber());
        assertThat(aisha.getEditionNumber()).isEqualTo(catalog.version(course.versionId()).orElseThrow().getEditionNumber());
    }

    @Test
    void the_same_completion_announced_twice_still_has_one_certificate() {
        Certificate aisha = validCertificate("Aisha");
        transactions.executeWithoutResult(status -> events.publishEvent(new CourseCompleted(aisha.getEnrolmentId(),
                aisha.getUserId(), aisha.getCourseId(), 1L, aisha.getIssuedAt(), 50)));
        assertThat(repository.findByUserIdOrderByIssuedAtDesc(aisha.getUserId())).hasSize(1);
    }

    @Test
    void a_learner_downloads_only_their_own_certificate() {
        Certificate aisha = validCertificate("Aisha");
        UserAccount other = people.learner("Lena", people.unit("Certificates"));
        byte[] own = people.as(holder(aisha), () -> certificates.pdf(aisha.getId()).bytes());
        assertThat(new String(own, 0, 4)).isEqualTo("%PDF");
        assertThatThrownBy(() -> people.as(other, () -> certificates.pdf(aisha.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_downloads_certificates_in_their_units_and_none_outside() {
        Schools world = schools();
        UserAccount manager = world.manager();
        assertThat(people.as(manager, () -> certificates.pdf(world.aisha().getId()).bytes())).isNotEmpty();
        assertThat(people.as(manager, () -> certificates.pdf(world.farhan().getId()).bytes())).isNotEmpty();
        for (Certificate outside : List.of(world.grace(), world.harry())) {
            long id = outside.getId();
            assertThatThrownBy(() -> people.as(manager, () -> certificates.pdf(id)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        OrganisationUnit hotel = world.hotel();
        assertThatThrownBy(() -> people.as(manager, () -> certificates.forUnit(hotel.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(manager,
                () -> certificates.writeZip(hotel.getId(), new ByteArrayOutputStream(), n -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(people.as(manager, () -> certificates.unitsForExport()))
                .extracting(OrganisationUnit::getName)
                .containsExactlyInAnyOrder(world.schools().getName(), world.northgate().getName(), world.riverside().getName());
    }

    @Test
    void a_learner_cannot_list_or_zip_a_units_certificates() {
        OrganisationUnit schools = people.unit("Schools");
        UserAccount learner = people.learner("Lena", schools);
        assertThatThrownBy(() -> people.as(learner, () -> certificates.forUnit(schools.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_units_zip_holds_one_pdf_per_certificate_in_the_unit_and_below() throws Exception {
        Schools world = schools();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        int written = people.as(world.manager(), () -> certificates.writeZip(world.schools().getId(), zip, progress::add));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readNBytes(4))).isEqualTo("%PDF");
            }
        }
        assertThat(names).hasSize(written).anyMatch(n -> n.contains(fileNamePart(world.aisha())))
                .anyMatch(n -> n.contains(fileNamePart(world.farhan())))
                .noneMatch(n -> n.contains("Grace") || n.contains("Harry"));
        assertThat(progress).endsWith(written);
    }

    /**
     * The ZIP reads ids, then plain values a batch at a time (docs/decisions/0035): while it is written, the
     * transaction's persistence context holds no certificate, however many the unit has.
     */
    @Test
    void a_units_zip_holds_no_certificate_as_an_entity_while_it_is_written() {
        Schools unit = schools();
        List<Long> heldAfterEachEntry = new ArrayList<>();

        int written = people.as(unit.manager(), () -> transactions.execute(status -> certificates.writeZip(
                unit.schools().getId(), OutputStream.nullOutputStream(), n -> heldAfterEachEntry.add(managedCertificates()))));

        assertThat(written).isEqualTo(2);
        assertThat(heldAfterEachEntry).hasSize(written).containsOnly(0L);
    }

    private long managedCertificates() {
        return entityManager.unwrap(Session.class).getStatistics().getEntityKeys().stream().map(EntityKey.class::cast)
                .filter(key -> key.getEntityName().equals(Certificate.class.getName())).count();
    }

    /** The learner's name as it appears in a certificate's file name (Aisha Fixture-3 becomes Aisha-Fixture-3). */
    private static String fileNamePart(Certificate certificate) {
        return certificate.getLearnerName().replace(' ', '-');
    }

    @Test
    void a_units_zip_has_every_certificate_in_order_with_the_bytes_of_its_single_download() throws Exception {
        assertZipHasEveryCertificateInOrderWithTheBytesOfItsSingleDownload(schools());
    }

    /**
     * Every certificate issued before V36 is layout 1 in the database and must re-download with the bytes it was first
     * given: what the layout-1 renderer writes, not the current layout. New ones are issued in layout 2, and a ZIP
     * holding both kinds still has each entry's single download (docs/decisions/0036).
     */
    @Test
    void a_certificate_issued_before_layouts_re_downloads_in_layout_1_a_new_one_is_layout_2_and_a_zip_holds_both()
            throws Exception {
        Schools world = schools();
        assertThat(List.of(world.aisha(), world.farhan())).as("newly issued")
                .extracting(Certificate::getLayout).containsOnly(CertificateLayout.LAYOUT_2);
        // As V36 leaves every certificate issued before it.
        jdbc.update("update certificate set layout = 1 where id = ?", world.aisha().getId());
        Certificate issuedBefore = repository.findById(world.aisha().getId()).orElseThrow();
        assertThat(issuedBefore.getLayout()).isEqualTo(CertificateLayout.LAYOUT_1);

        CertificateDocument printed = printedAsIssued(issuedBefore);
        byte[] layoutOne = new CertificatePdf().render(printed);
        byte[] download = people.as(holder(issuedBefore), () -> certificates.pdf(issuedBefore.getId()).bytes());
        assertThat(download).as("re-downloaded as first given").isEqualTo(layoutOne)
                .isNotEqualTo(new CertificatePdf().render(printed.inLayout(CertificateLayout.LAYOUT_2)));

        Certificate issuedNow = world.farhan();
        byte[] newOne = people.as(holder(issuedNow), () -> certificates.pdf(issuedNow.getId()).bytes());
        assertThat(newOne).isEqualTo(new CertificatePdf().render(printedAsIssued(issuedNow)
                .inLayout(CertificateLayout.LAYOUT_2)));

        assertZipHasEveryCertificateInOrderWithTheBytesOfItsSingleDownload(world);
    }

    /** What a certificate prints, read from the entity here rather than through the service, in layout 1. */
    private CertificateDocument printedAsIssued(Certificate c) {
        return new CertificateDocument(c.getDisplayCode(), c.getLearnerName(), c.getCourseTitle(),
                c.getCourseVersionNumber(), c.getCompletedOn(), c.getScorePercent(), c.getValidUntil(),
                c.getIssuingOrganisation(), certificates.verificationUrl(c.getCode()), c.getIssuedAt(),
                certificates.document(c).logo());
    }

    private void assertZipHasEveryCertificateInOrderWithTheBytesOfItsSingleDownload(Schools world) throws Exception {
        OrganisationUnit schools = world.schools();
        UserAccount manager = world.manager();
        List<Certificate> listed = people.as(manager, () -> certificates.forUnit(schools.getId()));
        assertThat(listed).as("several certificates, so the order is tested").hasSizeGreaterThan(1);
        List<CertificateService.CertificateFile> singles = new ArrayList<>();
        for (Certificate certificate : listed) {
            singles.add(people.as(manager, () -> certificates.pdf(certificate.getId())));
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        people.as(manager, () -> certificates.writeZip(schools.getId(), zip, n -> { }));
        List<String> names = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        // ZipInputStream checks each entry's CRC and size as it reads, so a wrong header fails here.
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                byte[] bytes = in.readAllBytes();
                contents.add(bytes);
                assertThat(entry.getMethod()).as("PDFs are compressed inside; stored, not deflated again").isEqualTo(ZipEntry.STORED);
                assertThat(entry.getSize()).isEqualTo(bytes.length);
            }
        }
        assertThat(names).containsExactlyElementsOf(singles.stream().map(CertificateService.CertificateFile::fileName).toList());
        for (int i = 0; i < singles.size(); i++) {
            assertThat(contents.get(i)).as(names.get(i)).isEqualTo(singles.get(i).bytes());
        }
        // The central directory agrees with the entries (what unzip -t checks first).
        java.nio.file.Path file = java.nio.file.Files.createTempFile("certificates", ".zip");
        try {
            java.nio.file.Files.write(file, zip.toByteArray());
            try (java.util.zip.ZipFile read = new java.util.zip.ZipFile(file.toFile())) {
                assertThat(read.stream().map(ZipEntry::getName).toList()).containsExactlyElementsOf(names);
                ZipEntry first = read.getEntry(names.getFirst());
                assertThat(read.getInputStream(first).readAllBytes()).isEqualTo(singles.getFirst().bytes());
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @Test
    void only_an_administrator_revokes_and_verification_then_says_revoked() {
        Schools world = schools();
        Certificate farhan = world.farhan();
        UserAccount admin = people.administrator();
        assertThatThrownBy(() -> people.as(world.manager(), () -> certificates.revoke(farhan.getId(), "Issued in error")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> people.as(admin, () -> certificates.revoke(farhan.getId(), " ")))
                .isInstanceOf(IllegalArgumentException.class);
        people.as(admin, () -> certificates.revoke(farhan.getId(), "Issued in error"));
        Certificate revoked = repository.findById(farhan.getId()).orElseThrow();
        assertThat(revoked.getRevokedBy()).isEqualTo(admin.getEmail());
        assertThat(revoked.getRevokeReason()).isEqualTo("Issued in error");
        assertThat(verification.verify(farhan.getDisplayCode(), "10.0.0.1").outcome()).isEqualTo(Verification.Outcome.REVOKED);
    }

    @Test
    void an_expired_certificate_stays_verifiable_as_expired_and_the_course_is_due_again() {
        OrganisationUnit hotel = people.unit("Quayside Hotel");
        PublishedCourse course = courses.minimal();
        UserAccount harryInPerson = people.learner("Harry", hotel);
        Certificate harry = issued.expired(harryInPerson, course);
        Verification answer = verification.verify(harry.getDisplayCode(), "10.0.0.2");
        assertThat(answer.outcome()).isEqualTo(Verification.Outcome.EXPIRED);
        assertThat(answer.learnerName()).isEqualTo(harryInPerson.getDisplayName());
        assertThat(harry.getRefresherAssignedAt()).isNotNull();
        List<MyCourse> due = people.as(harryInPerson, () -> learning.myTraining());
        assertThat(due).singleElement().satisfies(c -> {
            assertThat(c.dueOn()).isEqualTo(harry.getValidUntil());
            assertThat(c.completedAt()).isNull();
        });
        Certificate grace = issued.expiring(people.learner("Grace", hotel), course);
        assertThat(verification.verify(grace.getDisplayCode(), "10.0.0.2").outcome())
                .as("expiring is still valid").isEqualTo(Verification.Outcome.VALID);
    }

    @Test
    void parallel_failed_look_ups_are_all_counted_and_slow_down_that_client_but_real_codes_stay_answered() throws Exception {
        String code = validCertificate("Aisha").getDisplayCode();
        int parallel = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Verification>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallel)) {
            for (int i = 0; i < parallel; i++) {
                String unknown = "AAAA-BBBB-CCCC-DDDD-E" + (char) ('A' + i) + "FG";
                answers.add(pool.submit(() -> {
                    start.await();
                    return verification.verify(unknown, "203.0.113.9");
                }));
            }
            start.countDown();
            List<Verification.Outcome> outcomes = new ArrayList<>();
            for (Future<Verification> answer : answers) {
                outcomes.add(answer.get().outcome());
            }
            assertThat(outcomes).as("every look-up answered and counted").filteredOn(o -> o == Verification.Outcome.NOT_FOUND).hasSize(10);
            assertThat(outcomes).filteredOn(o -> o == Verification.Outcome.TOO_MANY_ATTEMPTS).hasSize(10);
        }
        Verification slowed = verification.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "203.0.113.9");
        assertThat(slowed.outcome()).isEqualTo(Verification.Outcome.TOO_MANY_ATTEMPTS);
        assertThat(slowed.tryAgainAfter()).isAfter(java.time.Instant.now()).isBefore(java.time.Instant.now().plusSeconds(601));
        assertThat(slowed.learnerName()).isNull();
        assertThat(verification.verify(code, "203.0.113.9").outcome()).as("a real code from the same address")
                .isEqualTo(Verification.Outcome.VALID);
        assertThat(verification.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "203.0.113.10").outcome()).as("another address")
                .isEqualTo(Verification.Outcome.NOT_FOUND);
    }

    @Test
    void ipv6_clients_are_counted_by_their_64_bit_network() {
        for (int i = 0; i < 10; i++) {
            assertThat(verification.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "2001:db8:1:2::" + Integer.toHexString(i + 1)).outcome())
                    .isEqualTo(Verification.Outcome.NOT_FOUND);
        }
        assertThat(verification.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "2001:db8:1:2:ffff::77").outcome())
                .isEqualTo(Verification.Outcome.TOO_MANY_ATTEMPTS);
        assertThat(verification.verify("ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ", "2001:db8:1:3::1").outcome())
                .isEqualTo(Verification.Outcome.NOT_FOUND);
    }

    @Test
    void verification_reveals_nothing_beyond_name_course_and_dates() {
        assertThat(Verification.class.getRecordComponents()).extracting(c -> c.getName())
                .containsExactly("outcome", "learnerName", "courseTitle", "completedOn", "validUntil", "revokedAt", "tryAgainAfter",
                        "detailsWithheld", "courseVersion", "edition", "supersededByEdition");
        assertThat(Assignment.Reason.REFRESHER).isNotNull();
    }
}
