package uk.safeguarding.training.certificate.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Rows in the order of a list of ids, read a batch of ids at a time as the caller iterates, so only one batch is held
 * however long the list. An id whose row the batch no longer finds (erased since the ids were read) is skipped.
 */
public final class InBatches<T> implements Iterator<T> {

    private final List<Long> ids;
    private final int size;
    private final Function<List<Long>, List<T>> load;
    private final ToLongFunction<T> idOf;
    private final ArrayDeque<T> batch = new ArrayDeque<>();
    private int next;

    /**
     * @param load  reads the rows of some ids, in any order
     * @param idOf  the id of a row
     */
    public InBatches(List<Long> ids, int size, Function<List<Long>, List<T>> load, ToLongFunction<T> idOf) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be 1 or more, but was " + size);
        }
        this.ids = Objects.requireNonNull(ids, "ids");
        this.size = size;
        this.load = Objects.requireNonNull(load, "load");
        this.idOf = Objects.requireNonNull(idOf, "idOf");
    }

    @Override
    public boolean hasNext() {
        while (batch.isEmpty() && next < ids.size()) {
            List<Long> wanted = ids.subList(next, Math.min(next + size, ids.size()));
            next += wanted.size();
            Map<Long, T> found = new HashMap<>();
            for (T row : load.apply(wanted)) {
                found.put(idOf.applyAsLong(row), row);
            }
            for (Long id : wanted) {
                T row = found.get(id);
                if (row != null) {
                    batch.add(row);
                }
            }
        }
        return !batch.isEmpty();
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return batch.poll();
    }
}
