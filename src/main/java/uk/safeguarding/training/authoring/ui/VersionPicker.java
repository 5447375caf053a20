package uk.safeguarding.training.authoring.ui;

import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;
import uk.safeguarding.training.authoring.CourseVersionService.VersionSummary;

/** The version picker of the statistics pages: the published versions, newest first, the newest chosen. */
final class VersionPicker {

    private VersionPicker() {
    }

    static Select<VersionSummary> of(List<VersionSummary> all, Consumer<VersionSummary> show) {
        Select<VersionSummary> version = new Select<>();
        version.setLabel("Version");
        version.setItems(all);
        version.setItemLabelGenerator(v -> "Version " + v.number());
        version.setValue(all.getFirst());
        version.addValueChangeListener(e -> show.accept(e.getValue()));
        return version;
    }
}
