package uk.safeguarding.training.content.internal;

/** A value with the 1-based line it was written on, kept so later cross-file checks can point at it. */
record Located<T>(T value, int line) {
}
