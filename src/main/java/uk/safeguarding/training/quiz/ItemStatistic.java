package uk.safeguarding.training.quiz;

/**
 * How one question of one course version performs, for trainers: classical item analysis.
 *
 * @param answers        how many graded attempts drew the question (answers still held, see AnswerRetention)
 * @param facility       percent of those answers that were right; null without answers
 * @param discrimination share right in the top third of attempts (by score) minus share right in the bottom third,
 *                       from -1 to 1: near 0 the question does not separate those who know from those who do not,
 *                       below 0 stronger learners get it wrong more often (check the key); null with fewer than
 *                       three answers
 * @param flag           what a trainer should look at; {@link Flag#NONE} also while there are too few answers to judge
 */
public record ItemStatistic(String questionId, String moduleId, String prompt, long answers, Integer facility,
                            Double discrimination, Flag flag) {

    /** Fewer answers than this say too little about a question to flag it. */
    public static final int MIN_ANSWERS_TO_FLAG = 20;
    /** Right in more than this percent: almost everyone gets it right; it tells nobody anything. */
    public static final int NEARLY_ALL_RIGHT_ABOVE = 95;
    /** Right in fewer than this percent: almost everyone gets it wrong; check the key and the teaching. */
    public static final int NEARLY_ALL_WRONG_BELOW = 20;

    public enum Flag {
        NONE(""),
        TOO_FEW_ANSWERS("Too few answers to judge"),
        NEARLY_ALL_RIGHT("Almost everyone gets this right"),
        NEARLY_ALL_WRONG("Almost everyone gets this wrong"),
        NEGATIVE_DISCRIMINATION("Stronger learners get this wrong more often: check the key");

        private final String description;

        Flag(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    /** The figures from the counts the database returned. */
    public static ItemStatistic of(String questionId, String moduleId, String prompt, long answers, long correct,
                                   long topAnswers, long topCorrect, long bottomAnswers, long bottomCorrect) {
        Integer facility = answers == 0 ? null : (int) Math.round(100.0 * correct / answers);
        Double discrimination = topAnswers == 0 || bottomAnswers == 0 ? null
                : Math.round(100.0 * ((double) topCorrect / topAnswers - (double) bottomCorrect / bottomAnswers)) / 100.0;
        return new ItemStatistic(questionId, moduleId, prompt, answers, facility, discrimination,
                flag(answers, facility, discrimination));
    }

    private static Flag flag(long answers, Integer facility, Double discrimination) {
        if (answers < MIN_ANSWERS_TO_FLAG) {
            return Flag.TOO_FEW_ANSWERS;
        }
        if (facility > NEARLY_ALL_RIGHT_ABOVE) {
            return Flag.NEARLY_ALL_RIGHT;
        }
        if (facility < NEARLY_ALL_WRONG_BELOW) {
            return Flag.NEARLY_ALL_WRONG;
        }
        return discrimination != null && discrimination < 0 ? Flag.NEGATIVE_DISCRIMINATION : Flag.NONE;
    }
}
