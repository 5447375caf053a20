package uk.safeguarding.training.learning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import uk.safeguarding.training.course.AssetDefinition;
import uk.safeguarding.training.course.CourseCatalog;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.Courses;

class CourseAssetControllerTest {

    private final CourseCatalog catalog = mock(CourseCatalog.class);
    private final CourseAssetController controller = new CourseAssetController(catalog);

    @Test
    void serves_an_image_of_the_version_and_nothing_else() {
        CourseDefinition base = Courses.withQuestions(1, 1, 1);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        CourseDefinition withImage = new CourseDefinition(base.id(), base.title(), base.summary(), base.audience(),
                base.estimatedMinutes(), base.passMark(), base.questionsPerAttempt(), base.validityMonths(), base.attemptPolicy(),
                base.sources(), base.modules(), base.questions(), base.knowledgeChecks(),
                List.of(new AssetDefinition("assets/map.png", "image/png", png)));
        when(catalog.definition(7L)).thenReturn(withImage);

        var found = controller.asset(7L, request(CourseAssetController.url(7L, "assets/map.png")));
        assertThat(found.getStatusCode().value()).isEqualTo(200);
        assertThat(found.getBody()).isEqualTo(png);
        assertThat(found.getHeaders().getContentType()).hasToString("image/png");

        assertThat(controller.asset(7L, request("/course-assets/7/assets/other.png")).getStatusCode().value()).isEqualTo(404);
        assertThat(controller.asset(7L, request("/course-assets/7/assets/../course.yaml")).getStatusCode().value()).isEqualTo(404);
    }

    private static MockHttpServletRequest request(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        request.setRequestURI(uri);
        return request;
    }
}
