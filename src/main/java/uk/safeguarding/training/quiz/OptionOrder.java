package uk.safeguarding.training.quiz;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The order in which one learner sees a knowledge check's options. Knowledge checks are not attempts, so there is
 * no draw to store; instead the order is derived from the enrolment and the question id: the same on every reload,
 * every instance and every restart, different between learners and between questions. It is not a secret (the
 * correct flags never leave the server); it only stops "the first option is right" from being learnable.
 */
public final class OptionOrder {

    private OptionOrder() {
    }

    /** As a draw: shown position {@code i} holds the bank's option {@code optionOrder().get(i)}. */
    public static DrawnQuestion forLearner(long enrolmentId, String questionId, int optionCount) {
        List<Integer> order = new ArrayList<>(IntStream.range(0, optionCount).boxed().toList());
        QuestionDraw.shuffle(order, new SplittableRandom(seed(enrolmentId, questionId)));
        return new DrawnQuestion(questionId, order);
    }

    private static long seed(long enrolmentId, String questionId) {
        try {
            // A digest rather than String.hashCode: stable by specification and well spread for similar ids.
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((enrolmentId + ":" + questionId).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
