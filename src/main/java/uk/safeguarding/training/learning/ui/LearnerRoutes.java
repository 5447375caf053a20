package uk.safeguarding.training.learning.ui;

import uk.safeguarding.training.learning.LearnerViews.Position;

/** The learner's addresses in one place, so views link to each other without knowing each other's classes. */
final class LearnerRoutes {

    private LearnerRoutes() {
    }

    static String page(long enrolmentId, int module, int page) {
        return "learn/" + enrolmentId + "/" + module + "/" + page;
    }

    static String check(long enrolmentId, int module) {
        return "learn/" + enrolmentId + "/" + module + "/check";
    }

    static String scenario(long enrolmentId, int module, int scenario) {
        return "learn/" + enrolmentId + "/" + module + "/scenario/" + scenario;
    }

    static String assessment(long enrolmentId) {
        return "learn/" + enrolmentId + "/assessment";
    }

    static String result(long enrolmentId, long attemptId) {
        return "learn/" + enrolmentId + "/result/" + attemptId;
    }

    static String of(Position position) {
        return switch (position.stage()) {
            case PAGE -> page(position.enrolmentId(), position.moduleNumber(), position.pageNumber());
            case CHECK -> check(position.enrolmentId(), position.moduleNumber());
            case ASSESSMENT, DONE -> assessment(position.enrolmentId());
        };
    }
}
