package uk.safeguarding.training.evidence;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF as the certificate tests run it (CertificatePdfUaTest), and the text of a PDF, for the evidence pack tests. */
public final class PdfUaCheck {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfUaCheck() {
    }

    /** The failed rules ("7.1-3 message at place"), empty when the PDF passes; fails when veraPDF checked nearly nothing. */
    public static List<String> failures(byte[] pdf, PDFAFlavour standard) throws Exception {
        try (VeraPDFFoundry foundry = Foundries.defaultInstance();
             PDFAParser parser = foundry.createParser(new ByteArrayInputStream(pdf), standard);
             PDFAValidator validator = foundry.createValidator(standard, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.getTotalAssertions() < 1000) {
                throw new AssertionError("veraPDF ran only " + result.getTotalAssertions() + " checks");
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " at " + a.getLocation().getContext())
                    .distinct().toList();
        }
    }

    public static String text(byte[] pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument doc = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(doc.getPage(i))).append('\n');
            }
        }
        return text.toString();
    }
}
