package uk.safeguarding.training.settings;

import java.util.Map;
import uk.safeguarding.training.shared.Refusal;

/** Settings that were not saved, with what is wrong with each field (names from {@link OrganisationRules}). */
public class InvalidSettingsException extends Refusal {

    private final transient Map<String, String> problems;

    public InvalidSettingsException(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    public Map<String, String> problems() {
        return problems;
    }
}
