package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.safeguarding.training.certificate.internal.CertificatePdf;
import uk.safeguarding.training.course.CourseFixture;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.PeopleFixture;
import uk.safeguarding.training.settings.OrganisationDetails;
import uk.safeguarding.training.settings.OrganisationService;
import uk.safeguarding.training.settings.NamedOrganisation;
import uk.safeguarding.training.settings.OrganisationSettingsTest;
import uk.safeguarding.training.support.AsUser;

/** Certificates use the organisation settings: the verification address from the database, the logo of the issue date. */
@OrganisationSettingsTest
class CertificateSettingsIT {

    @Autowired
    PeopleFixture people;
    @Autowired
    CourseFixture courses;
    @Autowired
    CertificateFixture issued;
    @Autowired
    CertificateService certificates;
    @Autowired
    CertificateProperties properties;
    @Autowired
    OrganisationService organisation;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;

    @BeforeEach
    void named() {
        NamedOrganisation.ensure(organisation, people);
    }

    @AfterEach
    void defaultAddress() {
        setBaseUrl("");
    }

    private void setBaseUrl(String url) {
        AsUser.run(identity, admin(), () -> {
            OrganisationDetails now = organisation.details();
            organisation.update(new OrganisationDetails(now.profile(), url, now.reminders()));
        });
    }

    private String admin() {
        return people.administrator().getEmail();
    }

    /** A valid certificate of a learner of this test's own. */
    private Certificate aishas() {
        return issued.valid(people.learner("Aisha", people.unit("Certificate settings")), courses.minimal());
    }

    private String holder(Certificate certificate) {
        return identity.findById(certificate.getUserId()).orElseThrow().getEmail();
    }

    @Test
    void the_verification_address_in_the_pdf_and_its_link_uses_the_base_url_an_administrator_set() {
        Certificate aisha = aishas();
        assertThat(certificates.verificationUrl(aisha.getCode()))
                .isEqualTo(properties.verificationUrl(aisha.getCode())).startsWith(properties.publicBaseUrl());

        setBaseUrl("https://training.harbour.example/");

        String expected = "https://training.harbour.example/verify/" + aisha.getDisplayCode();
        assertThat(certificates.verificationUrl(aisha.getCode())).isEqualTo(expected);
        byte[] pdf = AsUser.call(identity, holder(aisha), () -> certificates.pdf(aisha.getId()).bytes());
        assertThat(text(pdf).replaceAll("\\s+", "")).contains(expected);
        assertThat(linkUris(pdf)).as("the link annotation's URI").containsExactly(expected);
        assertThat(zippedCopy(aisha)).as("the ZIP reads the base URL once and prints the same").isEqualTo(pdf);

        setBaseUrl("");
        assertThat(certificates.verificationUrl(aisha.getCode())).isEqualTo(properties.verificationUrl(aisha.getCode()));
    }

    @Test
    void a_certificate_issued_after_a_logo_upload_shows_it_and_one_issued_before_stays_as_it_was() {
        Certificate before = aishas();
        byte[] earlier = certificates.render(before);
        AsUser.call(identity, admin(), () -> organisation.changeLogo(CertificatePdfTest.logoPng()));

        Certificate issuedNow = new Certificate("QRSTVWXYZ23456789ABC", before.getEnrolmentId(), before.getUserId(),
                before.getCourseId(), before.getLearnerName(), before.getCourseTitle(), before.getCourseVersionNumber(),
                before.getCompletedOn(), before.getScorePercent(), before.getValidUntil(), before.getIssuingOrganisation(),
                clock.instant());
        CertificateDocument document = certificates.document(issuedNow);
        assertThat(document.logo()).isNotNull();
        assertThat(images(new CertificatePdf().render(document))).isEqualTo(1);

        assertThat(certificates.document(before).logo()).as("issued before the logo existed").isNull();
        assertThat(certificates.render(before)).as("a re-download is byte-identical").isEqualTo(earlier);
        AsUser.run(identity, admin(), organisation::removeLogo);
    }

    /** Aisha's entry in the ZIP of every certificate (the administrator's, from the top unit). */
    private byte[] zippedCopy(Certificate certificate) {
        String name = AsUser.call(identity, admin(), () -> certificates.pdf(certificate.getId()).fileName());
        java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
        long top = AsUser.call(identity, admin(), () -> certificates.unitsForExport().stream()
                .min(java.util.Comparator.comparingInt(u -> u.getPath().length())).orElseThrow().getId());
        AsUser.call(identity, admin(), () -> certificates.writeZip(top, zip, n -> { }));
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
            for (java.util.zip.ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError(name + " is not in the ZIP");
    }

    private static String text(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return PdfTextExtractor.getTextFromPage(doc.getFirstPage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<String> linkUris(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return doc.getFirstPage().getAnnotations().stream()
                    .filter(a -> a instanceof com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation)
                    .map(a -> ((com.itextpdf.kernel.pdf.annot.PdfLinkAnnotation) a).getAction()
                            .getAsString(com.itextpdf.kernel.pdf.PdfName.URI).toUnicodeString())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int images(byte[] pdf) {
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            var xObjects = doc.getFirstPage().getResources().getResource(com.itextpdf.kernel.pdf.PdfName.XObject);
            return (int) xObjects.keySet().stream().filter(name -> com.itextpdf.kernel.pdf.PdfName.Image
                    .equals(xObjects.getAsStream(name).getAsName(com.itextpdf.kernel.pdf.PdfName.Subtype))).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
