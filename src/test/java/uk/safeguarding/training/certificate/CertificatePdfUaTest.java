package uk.safeguarding.training.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.safeguarding.training.certificate.CertificatePdfTest.RENDERER;
import static uk.safeguarding.training.certificate.CertificatePdfTest.withPdf;

import com.itextpdf.kernel.pdf.PdfCatalog;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.CanvasTag;
import com.itextpdf.kernel.pdf.canvas.parser.EventType;
import com.itextpdf.kernel.pdf.canvas.parser.PdfCanvasProcessor;
import com.itextpdf.kernel.pdf.canvas.parser.data.IEventData;
import com.itextpdf.kernel.pdf.canvas.parser.data.PathRenderInfo;
import com.itextpdf.kernel.pdf.canvas.parser.listener.IEventListener;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The certificate must be readable by assistive technology (PDF/UA-1) and fit for archiving (PDF/A-2a). */
class CertificatePdfUaTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Arguments> certificatesAndStandards() {
        List<Arguments> all = new ArrayList<>();
        for (PDFAFlavour standard : standards().toList()) {
            all.add(Arguments.of("usual", CertificatePdfTest.certificate(), standard));
            all.add(Arguments.of("60-character name", CertificatePdfTest.certificate(CertificatePdfTest.CODE,
                    CertificatePdfTest.LONG_NAME), standard));
            all.add(Arguments.of("longest values", CertificatePdfTest.longestCertificate(), standard));
            all.add(Arguments.of("with a see-through logo", CertificatePdfTest.withLogo(CertificatePdfTest.certificate()),
                    standard));
            all.add(Arguments.of("longest values with a logo",
                    CertificatePdfTest.withLogo(CertificatePdfTest.longestCertificate()), standard));
            // New certificates are written in layout 2 (docs/decisions/0036): every kind of certificate in it too.
            CertificatePdfTest.kinds().forEach((kind, certificate) -> all.add(Arguments.of(kind + " in layout 2",
                    certificate.inLayout(CertificateLayout.LAYOUT_2), standard)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} certificate passes {2}")
    @MethodSource("certificatesAndStandards")
    void passesVeraPdfWithNoFailedRule(String description, CertificateDocument certificate, PDFAFlavour standard)
            throws Exception {
        ValidationResult result = validate(RENDERER.render(certificate), standard);

        assertThat(failures(result)).as("failed %s rules", standard).isEmpty();
        assertThat(result.isCompliant()).isTrue();
        assertThat(result.getTotalAssertions()).as("checks veraPDF ran").isGreaterThan(1000);
    }

    /** Guards the guard: if the profiles failed to load or the parser saw nothing, the test above could pass empty. */
    @ParameterizedTest(name = "an untagged PDF fails {0}")
    @MethodSource("standards")
    void veraPdfRejectsAnOrdinaryUntaggedPdf(PDFAFlavour standard) throws Exception {
        ByteArrayOutputStream untagged = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(untagged)))) {
            document.add(new Paragraph("Certificate of completion"));
        }

        assertThat(failures(validate(untagged.toByteArray(), standard))).isNotEmpty();
    }

    static Stream<PDFAFlavour> standards() {
        return Stream.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);
    }

    @Test
    void declaresTitleLanguageAndConformance() {
        withPdf(RENDERER.render(CertificatePdfTest.certificate()), pdf -> {
            PdfCatalog catalog = pdf.getCatalog();
            assertThat(catalog.getLang().toUnicodeString()).isEqualTo("en-GB");
            assertThat(catalog.getViewerPreferences().getPdfObject().getAsBoolean(PdfName.DisplayDocTitle).getValue())
                    .isTrue();
            assertThat(pdf.getDocumentInfo().getTitle()).contains("Certificate of completion", "Siobhán O'Connor-Ní Bhriain");
            String xmp = new String(pdf.getXmpMetadataBytes(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfuaid:part>1</pdfuaid:part>", "pdfaid:part=\"2\"", "pdfaid:conformance=\"A\"",
                    "<dc:title>", "Siobhán O'Connor-Ní Bhriain");
            return null;
        });
    }

    @Test
    void headingAndQrCodeAreTaggedForScreenReaders() {
        withPdf(RENDERER.render(CertificatePdfTest.certificate()), pdf -> {
            List<PdfStructElem> elements = new ArrayList<>();
            collect(pdf.getStructTreeRoot().getKids(), elements);

            assertThat(elements).extracting(e -> e.getRole().getValue()).contains("H1", "P", "Figure", "Link");
            PdfStructElem figure = elements.stream().filter(e -> PdfName.Figure.equals(e.getRole())).findFirst().orElseThrow();
            PdfString alt = figure.getAlt();
            assertThat(alt).isNotNull();
            assertThat(alt.toUnicodeString()).contains("QR code", CertificatePdfTest.URL);
            return null;
        });
    }

    @Test
    void theLogoIsAnArtifactAndTheOnlyFigureIsTheQrCode() {
        withPdf(RENDERER.render(CertificatePdfTest.withLogo(CertificatePdfTest.certificate())), pdf -> {
            List<PdfStructElem> elements = new ArrayList<>();
            collect(pdf.getStructTreeRoot().getKids(), elements);
            assertThat(elements).filteredOn(e -> PdfName.Figure.equals(e.getRole())).singleElement()
                    .satisfies(f -> assertThat(f.getAlt().toUnicodeString()).contains("QR code"));
            List<Boolean> imagesMarkedAsArtifact = new ArrayList<>();
            new PdfCanvasProcessor(new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    imagesMarkedAsArtifact.add(((com.itextpdf.kernel.pdf.canvas.parser.data.ImageRenderInfo) data)
                            .getCanvasTagHierarchy().stream().map(CanvasTag::getRole).anyMatch(PdfName.Artifact::equals));
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_IMAGE);
                }
            }).processPageContent(pdf.getFirstPage());
            assertThat(imagesMarkedAsArtifact).containsExactly(true);
            return null;
        });
    }

    @Test
    void borderAndRulesAreArtifactsSoScreenReadersSkipThem() {
        List<Boolean> strokesMarkedAsArtifact = withPdf(RENDERER.render(CertificatePdfTest.certificate()), pdf -> {
            List<Boolean> marked = new ArrayList<>();
            new PdfCanvasProcessor(new IEventListener() {
                @Override
                public void eventOccurred(IEventData data, EventType type) {
                    PathRenderInfo path = (PathRenderInfo) data;
                    if ((path.getOperation() & PathRenderInfo.STROKE) != 0) {
                        marked.add(path.getCanvasTagHierarchy().stream().map(CanvasTag::getRole)
                                .anyMatch(PdfName.Artifact::equals));
                    }
                }

                @Override
                public Set<EventType> getSupportedEvents() {
                    return Set.of(EventType.RENDER_PATH);
                }
            }).processPageContent(pdf.getFirstPage());
            return marked;
        });

        assertThat(strokesMarkedAsArtifact).as("two border rules and the rule under the heading")
                .hasSizeGreaterThanOrEqualTo(3).containsOnly(true);
    }

    private static void collect(List<IStructureNode> nodes, List<PdfStructElem> into) {
        for (IStructureNode node : nodes) {
            if (node instanceof PdfStructElem element) {
                into.add(element);
                collect(element.getKids(), into);
            }
        }
    }

    static ValidationResult validate(byte[] pdf, PDFAFlavour standard) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), standard);
             PDFAValidator validator = foundry.createValidator(standard, false)) {
            return validator.validate(parser);
        }
    }

    /** Rule ids with veraPDF's message and where, e.g. "7.1-3 Content shall be marked as Artifact... at root/...". */
    private static List<String> failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                        + " at " + a.getLocation().getContext())
                .distinct()
                .toList();
    }
}
