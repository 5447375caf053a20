package uk.safeguarding.training.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;

/** A question a person answers correctly before confirming they have read a version: one right option among 2-5. */
@Embeddable
public class PolicyQuestion {

    @Column(nullable = false, length = 500)
    private String prompt;
    /** One option per line. */
    @Column(nullable = false, length = 2000)
    private String options;
    /** Index into the options, from 0. */
    @Column(name = "correct_option", nullable = false)
    private int correctOption;

    protected PolicyQuestion() {
    }

    PolicyQuestion(String prompt, List<String> options, int correctOption) {
        this.prompt = prompt;
        this.options = String.join("\n", options);
        this.correctOption = correctOption;
    }

    public String getPrompt() {
        return prompt;
    }

    public List<String> getOptions() {
        return List.of(options.split("\n"));
    }

    int getCorrectOption() {
        return correctOption;
    }
}
