package uk.safeguarding.training.course;

/** One answer option; {@code feedback} explains why it is right or wrong and is shown after answering. */
public record OptionDefinition(String text, boolean correct, String feedback) {
}
