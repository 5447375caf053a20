package uk.safeguarding.training.learning;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import uk.safeguarding.training.content.CourseText;
import uk.safeguarding.training.course.CourseDefinition;
import uk.safeguarding.training.course.ModuleDefinition;
import uk.safeguarding.training.course.ScenarioDefinition;
import uk.safeguarding.training.identity.AppRoles;
import uk.safeguarding.training.settings.OrganisationService;

/**
 * A trainer playing a draft's scenario as a learner would (issue 16: preview as a learner). Nothing is stored: the
 * play is a {@link ScenarioPractice} the view keeps, so no enrolment, play or statistic is left behind.
 */
@Service
@RolesAllowed({AppRoles.TRAINER, AppRoles.ADMIN})
public class ScenarioPreviewService {

    private static final SecureRandom ORDER_SEEDS = new SecureRandom();

    private final DraftCourses drafts;
    private final CourseText courseText;
    private final OrganisationService organisation;

    ScenarioPreviewService(DraftCourses drafts, CourseText courseText, OrganisationService organisation) {
        this.drafts = drafts;
        this.courseText = courseText;
        this.organisation = organisation;
    }

    /**
     * A new play of the draft's scenario, addressed like the learner's (module and scenario numbers from 1). The
     * choices are shuffled with a fresh seed, as a new learner would see them.
     *
     * @param assetUrl where the preview serves the draft's images from
     * @throws IllegalArgumentException when the draft or the scenario does not exist
     */
    public ScenarioPractice start(String courseKey, int moduleNumber, int scenarioNumber,
                                  UnaryOperator<String> assetUrl) {
        CourseDefinition course = drafts.draft(courseKey)
                .orElseThrow(() -> new IllegalArgumentException("There is no draft of " + courseKey));
        if (moduleNumber < 1 || moduleNumber > course.modules().size()) {
            throw new IllegalArgumentException("The draft has no module " + moduleNumber);
        }
        ModuleDefinition module = course.modules().get(moduleNumber - 1);
        if (scenarioNumber < 1 || scenarioNumber > module.scenarioIds().size()) {
            throw new IllegalArgumentException("Module " + moduleNumber + " has no scenario " + scenarioNumber);
        }
        ScenarioDefinition scenario = course.scenario(module.scenarioIds().get(scenarioNumber - 1))
                .filter(s -> !s.nodes().isEmpty())
                .orElseThrow(() -> new IllegalArgumentException("The scenario has no situation to start from yet"));
        ScenarioScreens screens = new ScenarioScreens(courseText, organisation.profile().placeholderValues(),
                ORDER_SEEDS.nextLong(), assetUrl);
        return new ScenarioPractice(screens, course, module, scenario);
    }
}
