package uk.safeguarding.training.dataprotection.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;
import uk.safeguarding.training.dataprotection.MyRecordService;
import uk.safeguarding.training.dataprotection.MyRecordService.RecordFile;
import uk.safeguarding.training.dataprotection.PersonalRecord;

/** "My training record": the learner downloads everything held about them. Always their own: no id in the address. */
@Route("my-record")
@PageTitle("My training record | Safeguarding Training")
@Menu(order = 1.6, title = "My training record", icon = "vaadin:download")
@PermitAll
class MyRecordView extends Main {

    MyRecordView(MyRecordService records) {
        addClassName("page");
        PersonalRecord record = records.myRecord();
        UnorderedList contents = new UnorderedList(
                new ListItem("Your profile: name, email, unit, roles and when you joined"),
                new ListItem(record.training().size() + " training record(s): assignments, due dates, progress, "
                        + "completions and every assessment attempt with its score"),
                new ListItem(record.certificates().size() + " certificate(s) with their codes"),
                new ListItem(record.notifications().size() + " reminder notification(s)"),
                new ListItem(record.policyAcknowledgements().size() + " policy acknowledgement(s)"));
        Anchor pdf = new Anchor(download(records::pdf), "Download as PDF");
        pdf.getElement().setAttribute("aria-label", "Download as PDF: my training record");
        Anchor json = new Anchor(download(records::json), "Download as JSON");
        json.getElement().setAttribute("aria-label", "Download as JSON: my training record, machine-readable");
        Div downloads = new Div(pdf, json);
        downloads.addClassName("record-downloads");
        add(new H1("My training record"),
                new Paragraph("Download everything this application holds about you. Each download is recorded in the "
                        + "audit log."),
                contents, downloads);
    }

    private static DownloadHandler download(Supplier<RecordFile> file) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                RecordFile f = file.get();
                return new DownloadResponse(new ByteArrayInputStream(f.bytes()), f.fileName(), f.mediaType(), f.bytes().length);
            } catch (AccessDeniedException e) {
                return DownloadResponse.error(403);
            }
        });
    }
}
