package uk.safeguarding.training.identity;

import java.time.LocalDate;

/** Published when a person is added to a unit or moved into one, so unit-wide assignments can follow them. */
public record PersonJoinedUnit(long userId, long unitId, String unitPath, LocalDate joinedOn) {
}
