package uk.safeguarding.training.policy.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.identity.OrganisationUnit;
import uk.safeguarding.training.policy.PolicyAdministration;
import uk.safeguarding.training.policy.PolicyAdministration.PolicySummary;
import uk.safeguarding.training.policy.PolicyAdministration.QuestionInput;
import uk.safeguarding.training.policy.PolicyAdministration.VersionInput;
import uk.safeguarding.training.policy.PolicyVersion;
import uk.safeguarding.training.shared.Refusal;
import uk.safeguarding.training.shared.ui.SizeLimitedUpload;

/** Administrators publish policies and new versions of them, and assign them to units. */
@Route("admin/policies")
@PageTitle("Policies | Safeguarding Training")
@Menu(order = 6.5, title = "Policies", icon = "vaadin:file-text-o")
@RolesAllowed(AppRoles.ADMIN)
class PoliciesView extends Main {

    private static final String WRITE = "Write it here (Markdown)";
    private static final String UPLOAD = "Upload a PDF";

    private final ZoneId zone;
    private final PolicyAdministration administration;
    private final Grid<PolicySummary> grid = new Grid<>();
    private final ComboBox<PolicySummary> versionOf = new ComboBox<>("New version of");
    private final ComboBox<PolicySummary> assignPolicy = new ComboBox<>("Policy");
    private final TextField title = new TextField("Title");
    private final RadioButtonGroup<String> format = new RadioButtonGroup<>("Format");
    private final TextArea markdown = new TextArea("Text (Markdown)");
    private final Div preview = new Div();
    private final Paragraph uploaded = new Paragraph();
    private final TextField changeNote = new TextField("What changed (shown to readers)");
    private final List<TextField> prompts = new ArrayList<>();
    private final List<TextArea> options = new ArrayList<>();
    private final List<IntegerField> correct = new ArrayList<>();
    private final Paragraph problem = new Paragraph();
    private final Paragraph status = new Paragraph();
    private byte[] pdf;

    PoliciesView(PolicyAdministration administration, Clock clock) {
        this.zone = clock.getZone();
        this.administration = administration;
        addClassName("page");
        problem.addClassName("form-problems");
        problem.getElement().setAttribute("role", "alert");
        status.getElement().setAttribute("role", "status");

        grid.addColumn(PolicySummary::title).setHeader("Policy").setFlexGrow(2);
        grid.addColumn(p -> "Version " + p.versionNumber() + (p.format() == PolicyVersion.Format.PDF ? " (PDF)" : ""))
                .setHeader("In force");
        grid.addColumn(p -> PolicyFormat.moment(p.publishedAt(), zone)).setHeader("Published");
        grid.addColumn(p -> p.units().isEmpty() ? "Not assigned" : String.join(", ", p.units())).setHeader("Assigned to").setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Policies");

        add(new H1("Policies"), new Paragraph("Documents people must read and confirm, such as Keeping Children Safe in "
                + "Education, Part 1, or your own safeguarding policy. A new version asks everyone to confirm again."),
                grid, publishForm(), assignForm());
        refresh();
    }

    private Section publishForm() {
        versionOf.setItemLabelGenerator(PolicySummary::title);
        versionOf.setClearButtonVisible(true);
        versionOf.setPlaceholder("A new policy");
        versionOf.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                title.setValue(e.getValue().title());
                markdown.setValue(administration.currentMarkdown(e.getValue().policyId()));
            }
        });
        title.setMaxLength(300);
        title.setWidthFull();
        format.setItems(WRITE, UPLOAD);
        format.setValue(WRITE);
        markdown.setWidthFull();
        markdown.setMinHeight("12rem");
        markdown.setValueChangeMode(ValueChangeMode.LAZY);
        markdown.addValueChangeListener(e -> preview.getElement().setProperty("innerHTML", administration.preview(e.getValue())));
        preview.addClassNames("page-body", "policy-preview");
        preview.getElement().setAttribute("aria-label", "Preview");
        preview.getElement().setAttribute("role", "region");

        Upload upload = new Upload(SizeLimitedUpload.inMemory(PolicyAdministration.MAX_PDF_BYTES,
                "the file is larger than 10 MB.", (metadata, bytes) -> {
                    pdf = bytes;
                    uploaded.setText(metadata.fileName() + " received (" + (bytes.length + 1023) / 1024 + " KB); it is "
                            + "checked when you publish.");
                    problem.setText("");
                }).onRefused(message -> {
                    pdf = null;
                    problem.setText(message);
                }));
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PolicyAdministration.MAX_PDF_BYTES);
        upload.setUploadButton(new Button("Upload a PDF"));
        upload.addFileRejectedListener(e -> problem.setText(e.getFileName() + ": " + e.getErrorMessage()));
        Div uploadBox = new Div(upload, uploaded);
        Div writeBox = new Div(markdown, new H3("Preview"), preview);
        uploadBox.setVisible(false);
        format.addValueChangeListener(e -> {
            writeBox.setVisible(WRITE.equals(e.getValue()));
            uploadBox.setVisible(UPLOAD.equals(e.getValue()));
        });
        changeNote.setWidthFull();
        changeNote.setMaxLength(1000);

        Section questions = new Section(new H3("Questions before confirming (optional, up to three)"));
        for (int i = 1; i <= PolicyAdministration.MAX_QUESTIONS; i++) {
            TextField prompt = new TextField("Question " + i);
            prompt.setWidthFull();
            TextArea opts = new TextArea("Options for question " + i + ", one per line");
            opts.setWidthFull();
            IntegerField right = new IntegerField("Right option for question " + i + " (1 = first line)");
            right.setMin(1);
            right.setMax(5);
            prompts.add(prompt);
            options.add(opts);
            correct.add(right);
            Div block = new Div(prompt, opts, right);
            block.addClassName("policy-question-editor");
            questions.add(block);
        }
        Button publish = new Button("Publish", e -> publish());
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section form = new Section(new H2("Publish a policy or a new version"), versionOf, title, format, writeBox,
                uploadBox, changeNote, questions, publish, problem, status);
        form.addClassName("policy-form");
        return form;
    }

    private void publish() {
        List<QuestionInput> questions = new ArrayList<>();
        for (int i = 0; i < prompts.size(); i++) {
            Integer right = correct.get(i).getValue();
            questions.add(new QuestionInput(prompts.get(i).getValue(), options.get(i).getValue(), right == null ? 0 : right));
        }
        boolean upload = UPLOAD.equals(format.getValue());
        if (upload && pdf == null) {
            problem.setText("Upload the PDF first.");
            return;
        }
        try {
            Long policyId = versionOf.getValue() == null ? null : versionOf.getValue().policyId();
            PolicyVersion version = administration.publish(policyId, new VersionInput(title.getValue(),
                    upload ? null : markdown.getValue(), upload ? pdf : null, changeNote.getValue(), questions));
            problem.setText("");
            status.setText("Published " + title.getValue().strip() + ", version " + version.getNumber() + ".");
            pdf = null;
            uploaded.setText("");
            changeNote.clear();
            prompts.forEach(TextField::clear);
            options.forEach(TextArea::clear);
            correct.forEach(IntegerField::clear);
            refresh();
        } catch (Refusal ex) {
            status.setText("");
            problem.setText(ex.getMessage());
        }
    }

    private Section assignForm() {
        assignPolicy.setItemLabelGenerator(PolicySummary::title);
        MultiSelectComboBox<OrganisationUnit> units = new MultiSelectComboBox<>("Units (and everything below them)");
        units.setItems(administration.units());
        units.setItemLabelGenerator(OrganisationUnit::getName);
        IntegerField days = new IntegerField("Days to read it");
        days.setValue(14);
        days.setMin(0);
        days.setMax(PolicyAdministration.MAX_DUE_DAYS);
        Paragraph assignProblem = new Paragraph();
        assignProblem.addClassName("form-problems");
        assignProblem.getElement().setAttribute("role", "alert");
        Paragraph assignStatus = new Paragraph();
        assignStatus.getElement().setAttribute("role", "status");
        Button assign = new Button("Assign", e -> {
            if (assignPolicy.getValue() == null) {
                assignProblem.setText("Choose a policy.");
                return;
            }
            try {
                int n = administration.assignToUnits(assignPolicy.getValue().policyId(),
                        units.getValue().stream().map(OrganisationUnit::getId).collect(Collectors.toSet()),
                        days.getValue() == null ? -1 : days.getValue());
                assignProblem.setText("");
                assignStatus.setText(assignPolicy.getValue().title() + " assigned to " + n + " unit(s).");
                refresh();
            } catch (Refusal ex) {
                assignStatus.setText("");
                assignProblem.setText(ex.getMessage());
            }
        });
        assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Section section = new Section(new H2("Assign a policy to units"), assignPolicy, units, days, assign,
                assignProblem, assignStatus);
        section.addClassName("policy-form");
        return section;
    }

    private void refresh() {
        List<PolicySummary> all = administration.policies();
        grid.setItems(all);
        versionOf.setItems(all);
        assignPolicy.setItems(all);
    }
}
