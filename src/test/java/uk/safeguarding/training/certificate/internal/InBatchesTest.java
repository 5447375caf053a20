package uk.safeguarding.training.certificate.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InBatchesTest {

    private final List<List<Long>> reads = new ArrayList<>();

    /** Answers in reverse, as a database may answer "where id in (...)" in any order. */
    private List<Long> load(List<Long> ids) {
        reads.add(List.copyOf(ids));
        List<Long> rows = new ArrayList<>(ids);
        Collections.reverse(rows);
        return rows;
    }

    @Test
    void givesEveryRowInTheOrderOfTheIdsReadingOneBatchAtATimeAsItIsAskedFor() {
        List<Long> ids = List.of(30L, 10L, 20L, 50L, 40L, 70L, 60L);
        InBatches<Long> rows = new InBatches<>(ids, 3, this::load, Long::longValue);

        assertThat(reads).as("nothing read before the first row is asked for").isEmpty();
        assertThat(rows.next()).isEqualTo(30L);
        assertThat(reads).containsExactly(List.of(30L, 10L, 20L));
        List<Long> rest = new ArrayList<>();
        rows.forEachRemaining(rest::add);

        assertThat(rest).containsExactly(10L, 20L, 50L, 40L, 70L, 60L);
        assertThat(reads).containsExactly(List.of(30L, 10L, 20L), List.of(50L, 40L, 70L), List.of(60L));
        assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void skipsIdsWhoseRowsAreGoneEvenAWholeBatchOfThem() {
        List<Long> ids = LongStream.rangeClosed(1, 9).boxed().toList();
        InBatches<Long> rows = new InBatches<>(ids, 3, batch -> batch.stream().filter(id -> id < 4 || id > 6).toList(),
                Long::longValue);

        List<Long> all = new ArrayList<>();
        rows.forEachRemaining(all::add);

        assertThat(all).containsExactly(1L, 2L, 3L, 7L, 8L, 9L);
    }

    @Test
    void noIdsGiveNoRowsAndNoRead() {
        InBatches<Long> rows = new InBatches<>(List.of(), 3, this::load, Long::longValue);

        assertThat(rows.hasNext()).isFalse();
        assertThat(reads).isEmpty();
    }

    @Test
    void refusesABatchOfNothing() {
        assertThatThrownBy(() -> new InBatches<>(List.of(1L), 0, this::load, Long::longValue))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("size must be 1 or more");
    }
}
