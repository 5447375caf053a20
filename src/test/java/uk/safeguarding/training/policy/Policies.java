package uk.safeguarding.training.policy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.identity.Role;
import uk.safeguarding.training.identity.UserAccount;
import uk.safeguarding.training.policy.PolicyAdministration.QuestionInput;
import uk.safeguarding.training.policy.PolicyAdministration.VersionInput;
import uk.safeguarding.training.support.AsUser;

/** Test data for policies: a unit of the test's own with people, and policies published by the demo administrator. */
public final class Policies {

    public static final String ADMIN = "admin@demo.test";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final IdentityService identity;
    private final PolicyAdministration administration;
    private final String admin;

    /** Policies published by the demo's administrator ({@link #ADMIN}), for tests on the demo. */
    public Policies(IdentityService identity, PolicyAdministration administration) {
        this(identity, administration, ADMIN);
    }

    /** Policies published by this administrator, for tests without the demo (the fixtures' administrator). */
    public Policies(IdentityService identity, PolicyAdministration administration, String adminEmail) {
        this.identity = identity;
        this.administration = administration;
        this.admin = adminEmail;
    }

    /** A new unit directly below the top of the tree, so no demo unit, report or manager sees it. */
    public OrganisationUnit unit(String name) {
        OrganisationUnit top = identity.allUnits().stream().filter(u -> u.getParent() == null).findFirst().orElseThrow();
        return AsUser.call(identity, admin, () -> identity.createUnit(name + " " + SEQUENCE.incrementAndGet(), top));
    }

    public OrganisationUnit unitBelow(String name, OrganisationUnit parent) {
        return AsUser.call(identity, admin, () -> identity.createUnit(name + " " + SEQUENCE.incrementAndGet(), parent));
    }

    public UserAccount person(String name, OrganisationUnit unit, java.time.LocalDate joinedOn) {
        String email = name.toLowerCase().replace(' ', '.') + "." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100_000
                + "@policy.test";
        return AsUser.call(identity, admin, () -> identity.createPerson(new IdentityService.NewPerson(email, name,
                unit.getId(), Set.of(Role.LEARNER), joinedOn), identity.hash("demo-password"), false));
    }

    /** A Markdown policy with one question (right answer: the second option), assigned to the unit, due in 14 days. */
    public PolicyVersion markdownPolicy(String title, OrganisationUnit unit) {
        PolicyVersion v = AsUser.call(identity, admin, () -> administration.publish(null, new VersionInput(title,
                "# " + title + "\n\nReport any concern to the designated safeguarding lead the same day.", null, "",
                List.of(new QuestionInput("Who do you tell about a concern?", "Nobody\nThe designated safeguarding lead\nA friend", 2)))));
        AsUser.run(identity, admin, () -> administration.assignToUnits(v.getPolicyId(), Set.of(unit.getId()), 14));
        return v;
    }

    public PolicyVersion newVersion(long policyId, String title, String markdown) {
        return AsUser.call(identity, admin, () -> administration.publish(policyId, new VersionInput(title, markdown, null,
                "Clarified who to call out of hours", List.of())));
    }

    /** A small real PDF with one line of text. */
    public static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Document doc = new Document(new PdfDocument(new PdfWriter(out)))) {
            doc.add(new Paragraph(text));
        }
        return out.toByteArray();
    }
}
