package uk.safeguarding.training.authoring.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.authoring.DraftProblem;
import uk.safeguarding.training.authoring.PreviewService.PreviewText;
import uk.safeguarding.training.content.CourseFolderReader;
import uk.safeguarding.training.course.CourseDefinition;

/**
 * The sources editor shows each source's "checked" date and keeps it when another field of the source is edited
 * (before the date existed, every edit rebuilt the source from its four text fields and would have dropped it).
 */
class SourcesEditorTest {

    private final FakeEditor editor = new FakeEditor(
            new CourseFolderReader().read(Path.of("src/test/resources/courses-valid/minimal")).course());

    @Test
    void each_source_shows_its_checked_date() {
        SourcesEditor sources = new SourcesEditor(editor);

        assertThat(all(sources, DatePicker.class)).extracting(DatePicker::getLabel, DatePicker::getValue)
                .containsExactly(
                        tuple("Checked on (optional)", LocalDate.of(2026, 11, 28)),
                        tuple("Checked on (optional)", null));
    }

    @Test
    void editing_a_title_keeps_the_checked_date_and_a_new_date_is_saved() throws Exception {
        SourcesEditor sources = new SourcesEditor(editor);
        TextField title = all(sources, TextField.class).stream().filter(f -> "Title".equals(f.getLabel()))
                .findFirst().orElseThrow();
        DatePicker checked = all(sources, DatePicker.class).getFirst();

        typeAsUser(title, "Source A, second edition");
        assertThat(editor.course.sources().getFirst().title()).isEqualTo("Source A, second edition");
        assertThat(editor.course.sources().getFirst().checked()).isEqualTo(LocalDate.of(2026, 11, 28));

        typeAsUser(checked, LocalDate.of(2027, 5, 1));
        assertThat(editor.course.sources().getFirst().checked()).isEqualTo(LocalDate.of(2027, 5, 1));
        assertThat(editor.course.sources().getFirst().url()).isEqualTo("https://example.org/a");
    }

    /** A value change as the browser reports it: only those reach the draft, as in the running editor. */
    private static <V> void typeAsUser(AbstractField<?, V> field, V value) throws Exception {
        Method setModelValue = AbstractField.class.getDeclaredMethod("setModelValue", Object.class, boolean.class);
        setModelValue.setAccessible(true);
        setModelValue.invoke(field, value, true);
    }

    private static <T extends Component> List<T> all(Component root, Class<T> type) {
        return descendants(root).filter(type::isInstance).map(type::cast).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(SourcesEditorTest::descendants));
    }

    private static final class FakeEditor implements EditorContext {
        CourseDefinition course;

        FakeEditor(CourseDefinition course) {
            this.course = course;
        }

        @Override
        public CourseDefinition course() {
            return course;
        }

        @Override
        public void apply(UnaryOperator<CourseDefinition> edit) {
            course = edit.apply(course);
        }

        @Override
        public List<DraftProblem> problems() {
            return List.of();
        }

        @Override
        public PreviewText previewText() {
            throw new UnsupportedOperationException("the sources editor has no preview");
        }

        @Override
        public String assetUrl(String path) {
            throw new UnsupportedOperationException("the sources editor shows no images");
        }
    }
}
