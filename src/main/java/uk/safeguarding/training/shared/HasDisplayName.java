package uk.safeguarding.training.shared;

/** A principal that can say who it is in words, for the header; keeps shared free of identity. */
public interface HasDisplayName {
    String displayName();
}
