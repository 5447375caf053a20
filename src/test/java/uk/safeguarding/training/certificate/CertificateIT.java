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
import java.util.ArrayList;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.certificate.internal.CertificateRepository;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.learning.Assignment;
import uk.safeguarding.training.learning.CourseCompleted;
import uk.safeguarding.training.learning.LearnerViews.MyCourse;
import uk.safeguarding.training.learning.LearningService;
import uk.safeguarding.training.support.AsUser;

/**
 * Certificates against the demo organisation: aisha.khan (Northgate, under Schools) and farhan.ali (Riverside, under
 * Schools) hold valid ones, grace.hughes (Youth Service) an expiring one, harry.jones (Quayside Hotel) an expired one.
 * manager@demo.test manages Schools.
 */
@SpringBootTest
@ActiveProfiles({"test", "demo"})
class CertificateIT {

    @Autowired
    IdentityService identity;
    @Autowired
    CertificateService certificates;
    @Autowired
    VerificationService verification;
    @Autowired
    CertificateRepository repository;
    @Autowired
    LearningService learning;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @PersistenceContext
    EntityManager entityManager;

    private Certificate of(String email) {
        long id = identity.findByEmail(email).orElseThrow().getId();
        return repository.findByUserIdOrderByIssuedAtDesc(id).getFirst();
    }

    @Test
    void a_completion_through_the_assessment_issues_one_certificate_with_the_course_validity() {
        Certificate aisha = of("aisha.khan@demo.test");
        assertThat(aisha.getLearnerName()).isEqualTo("Aisha Khan");
        assertThat(aisha.getScorePercent()).isEqualTo(100);
        assertThat(aisha.getValidUntil()).isEqualTo(aisha.getCompletedOn().plusMonths(12));
        assertThat(aisha.getIssuingOrganisation()).isEqualTo("Harbour City Council");
        // The demo publishes the course's second edition (version 2) before Aisha starts.
        assertThat(aisha.getCourseVersionNumber()).isEqualTo(2);
        assertThat(aisha.getEditionNumber()).isEqualTo(2);
    }

    @Test
    void the_same_completion_announced_twice_still_has_one_certificate() {
        Certificate aisha = of("aisha.khan@demo.test");
        transactions.executeWithoutResult(status -> events.publishEvent(new CourseCompleted(aisha.getEnrolmentId(),
                aisha.getUserId(), aisha.getCourseId(), 1L, aisha.getIssuedAt(), 50)));
        assertThat(repository.findByUserIdOrderByIssuedAtDesc(aisha.getUserId())).hasSize(1);
    }

    @Test
    void a_learner_downloads_only_their_own_certificate() {
        Certificate aisha = of("aisha.khan@demo.test");
        byte[] own = AsUser.call(identity, "aisha.khan@demo.test", () -> certificates.pdf(aisha.getId()).bytes());
        assertThat(new String(own, 0, 4)).isEqualTo("%PDF");
        assertThatThrownBy(() -> AsUser.call(identity, "learner@demo.test", () -> certificates.pdf(aisha.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_manager_downloads_certificates_in_their_units_and_none_outside() {
        String manager = "manager@demo.test";
        assertThat(AsUser.call(identity, manager, () -> certificates.pdf(of("aisha.khan@demo.test").getId()).bytes())).isNotEmpty();
        assertThat(AsUser.call(identity, manager, () -> certificates.pdf(of("farhan.ali@demo.test").getId()).bytes())).isNotEmpty();
        for (String outside : List.of("grace.hughes@demo.test", "harry.jones@demo.test")) {
            long id = of(outside).getId();
            assertThatThrownBy(() -> AsUser.call(identity, manager, () -> certificates.pdf(id)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        OrganisationUnit hotel = identity.allUnits().stream().filter(u -> u.getName().equals("Quayside Hotel")).findFirst().orElseThrow();
        assertThatThrownBy(() -> AsUser.call(identity, manager, () -> certificates.forUnit(hotel.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.call(identity, manager,
                () -> certificates.writeZip(hotel.getId(), new ByteArrayOutputStream(), n -> { })))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(AsUser.call(identity, manager, () -> certificates.unitsForExport()))
                .extracting(OrganisationUnit::getName)
                .containsExactlyInAnyOrder("Schools", "Northgate Primary School", "Riverside Academy");
    }

    @Test
    void a_learner_cannot_list_or_zip_a_units_certificates() {
        OrganisationUnit schools = identity.allUnits().stream().filter(u -> u.getName().equals("Schools")).findFirst().orElseThrow();
        assertThatThrownBy(() -> AsUser.call(identity, "learner@demo.test", () -> certificates.forUnit(schools.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_units_zip_holds_one_pdf_per_certificate_in_the_unit_and_below() throws Exception {
        OrganisationUnit schools = identity.allUnits().stream().filter(u -> u.getName().equals("Schools")).findFirst().orElseThrow();
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        List<Integer> progress = new ArrayList<>();
        int written = AsUser.call(identity, "manager@demo.test", () -> certificates.writeZip(schools.getId(), zip, progress::add));
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
                assertThat(new String(in.readNBytes(4))).isEqualTo("%PDF");
            }
        }
        assertThat(names).hasSize(written).anyMatch(n -> n.contains("Aisha-Khan")).anyMatch(n -> n.contains("Farhan-Ali"))
                .noneMatch(n -> n.contains("Grace") || n.contains("Harry"));
        assertThat(progress).endsWith(written);
    }

    /**
     * The ZIP reads ids, then plain values a batch at a time (docs/decisions/0035): while it is written, the
     * transaction's persistence context holds no certificate, however many the unit has.
     */
    @Test
    void a_units_zip_holds_no_certificate_as_an_entity_while_it_is_written() {
        OrganisationUnit schools = identity.allUnits().stream().filter(u -> u.getName().equals("Schools")).findFirst().orElseThrow();
        List<Long> heldAfterEachEntry = new ArrayList<>();

        int written = AsUser.call(identity, "manager@demo.test", () -> transactions.execute(status -> certificates.writeZip(
                schools.getId(), OutputStream.nullOutputStream(), n -> heldAfterEachEntry.add(managedCertificates()))));

        assertThat(written).isGreaterThan(1);
        assertThat(heldAfterEachEntry).hasSize(written).containsOnly(0L);
    }

    private long managedCertificates() {
        return entityManager.unwrap(Session.class).getStatistics().getEntityKeys().stream().map(EntityKey.class::cast)
                .filter(key -> key.getEntityName().equals(Certificate.class.getName())).count();
    }

    @Test
    void a_units_zip_has_every_certificate_in_order_with_the_bytes_of_its_single_download() throws Exception {
        OrganisationUnit schools = identity.allUnits().stream().filter(u -> u.getName().equals("Schools")).findFirst().orElseThrow();
        String manager = "manager@demo.test";
        List<Certificate> listed = AsUser.call(identity, manager, () -> certificates.forUnit(schools.getId()));
        assertThat(listed).as("several certificates, so the order is tested").hasSizeGreaterThan(1);
        List<CertificateService.CertificateFile> singles = new ArrayList<>();
        for (Certificate certificate : listed) {
            singles.add(AsUser.call(identity, manager, () -> certificates.pdf(certificate.getId())));
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        AsUser.call(identity, manager, () -> certificates.writeZip(schools.getId(), zip, n -> { }));

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
        Certificate farhan = of("farhan.ali@demo.test");
        assertThatThrownBy(() -> AsUser.run(identity, "manager@demo.test", () -> certificates.revoke(farhan.getId(), "Issued in error")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AsUser.run(identity, "admin@demo.test", () -> certificates.revoke(farhan.getId(), " ")))
                .isInstanceOf(IllegalArgumentException.class);
        AsUser.run(identity, "admin@demo.test", () -> certificates.revoke(farhan.getId(), "Issued in error"));
        Certificate revoked = repository.findById(farhan.getId()).orElseThrow();
        assertThat(revoked.getRevokedBy()).isEqualTo("admin@demo.test");
        assertThat(revoked.getRevokeReason()).isEqualTo("Issued in error");
        assertThat(verification.verify(farhan.getDisplayCode(), "10.0.0.1").outcome()).isEqualTo(Verification.Outcome.REVOKED);
    }

    @Test
    void an_expired_certificate_stays_verifiable_as_expired_and_the_course_is_due_again() {
        Certificate harry = of("harry.jones@demo.test");
        Verification answer = verification.verify(harry.getDisplayCode(), "10.0.0.2");
        assertThat(answer.outcome()).isEqualTo(Verification.Outcome.EXPIRED);
        assertThat(answer.learnerName()).isEqualTo("Harry Jones");
        assertThat(harry.getRefresherAssignedAt()).isNotNull();
        List<MyCourse> due = AsUser.call(identity, "harry.jones@demo.test", () -> learning.myTraining());
        assertThat(due).singleElement().satisfies(c -> {
            assertThat(c.dueOn()).isEqualTo(harry.getValidUntil());
            assertThat(c.completedAt()).isNull();
        });
        assertThat(verification.verify(of("grace.hughes@demo.test").getDisplayCode(), "10.0.0.2").outcome())
                .as("expiring is still valid").isEqualTo(Verification.Outcome.VALID);
    }

    @Test
    void parallel_failed_look_ups_are_all_counted_and_slow_down_that_client_but_real_codes_stay_answered() throws Exception {
        String code = of("aisha.khan@demo.test").getDisplayCode();
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
