package uk.safeguarding.training.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.shared.AbstractEntity;

/** The in-memory answer to "which logo was in use then" agrees with the query behind OrganisationService#logoAt. */
class LogoHistoryTest {

    private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");
    private static final OrganisationLogo FIRST = new OrganisationLogo(new byte[]{1}, 1, 1);
    private static final OrganisationLogo SECOND = new OrganisationLogo(new byte[]{2}, 2, 2);
    private static final OrganisationLogo THIRD = new OrganisationLogo(new byte[]{3}, 3, 3);

    @Test
    void answersWithTheNewestRowFromThatMomentOrBeforeAndTheLaterRowOnATie() {
        // Given out of order, as a plain findAll may return them; the two March rows tie on time.
        LogoHistory history = new LogoHistory(List.of(version(4, THIRD, MARCH), version(1, FIRST, JANUARY),
                version(3, SECOND, MARCH), version(5, null, MARCH.plusSeconds(60))));

        assertThat(history.at(JANUARY.minusMillis(1))).as("before any logo").isEmpty();
        assertThat(history.at(JANUARY)).contains(FIRST);
        assertThat(history.at(MARCH.minusMillis(1))).contains(FIRST);
        assertThat(history.at(MARCH)).as("the later of two rows at the same moment").contains(THIRD);
        assertThat(history.at(MARCH.plusSeconds(60))).as("the logo was removed").isEmpty();
    }

    @Test
    void givesTheSameInstanceForTheSameRowSoCallersCanKeepWhatTheyDeriveFromIt() {
        LogoHistory history = new LogoHistory(List.of(version(1, FIRST, JANUARY)));
        assertThat(history.at(MARCH).orElseThrow()).isSameAs(history.at(JANUARY).orElseThrow());
    }

    @Test
    void anEmptyHistoryHasNoLogo() {
        assertThat(new LogoHistory(List.of()).at(MARCH)).isEmpty();
    }

    private static OrganisationLogoVersion version(long id, OrganisationLogo logo, Instant from) {
        OrganisationLogoVersion version = new OrganisationLogoVersion(logo, from, "admin@demo.test");
        try {
            Field field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(version, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return version;
    }
}
