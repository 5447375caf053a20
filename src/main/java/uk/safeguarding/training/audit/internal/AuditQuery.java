package uk.safeguarding.training.audit.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.safeguarding.training.shared.LikePatterns;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.audit.AuditEntry;
import uk.safeguarding.training.audit.AuditFilter;

/**
 * The filtered audit log, newest first, paged and counted in the database. Criteria queries with only the
 * conditions the filter sets, so the same code runs on H2 and PostgreSQL.
 */
@Component
public class AuditQuery {

    private static final char ESCAPE = '\\';

    private final EntityManager entityManager;

    AuditQuery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public long count(AuditFilter filter, ZoneId zone) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(cb.count(entry)).where(conditions(filter, zone, cb, entry));
        return entityManager.createQuery(query).getSingleResult();
    }

    public List<AuditEntry> page(AuditFilter filter, ZoneId zone, int offset, int limit) {
        return entityManager.createQuery(newestFirst(filter, zone))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Every matching entry, fetched in batches; the caller closes the stream inside its transaction. */
    public Stream<AuditEntry> stream(AuditFilter filter, ZoneId zone) {
        return entityManager.createQuery(newestFirst(filter, zone))
                .setHint("org.hibernate.fetchSize", 500)
                .setHint("org.hibernate.readOnly", true)
                .getResultStream();
    }

    /** Lets go of an entry already written out, so a long export does not keep every entry in memory. */
    public void forget(AuditEntry entry) {
        entityManager.detach(entry);
    }

    private CriteriaQuery<AuditEntry> newestFirst(AuditFilter filter, ZoneId zone) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        query.select(entry).where(conditions(filter, zone, cb, entry))
                .orderBy(cb.desc(entry.get("at")), cb.desc(entry.get("id")));
        return query;
    }

    private static Predicate[] conditions(AuditFilter filter, ZoneId zone, CriteriaBuilder cb, Root<AuditEntry> entry) {
        List<Predicate> where = new ArrayList<>();
        if (!filter.actions().isEmpty()) {
            where.add(entry.get("action").in(filter.actions()));
        }
        if (!filter.actor().isEmpty()) {
            where.add(contains(cb, entry.get("actor"), filter.actor()));
        }
        if (!filter.text().isEmpty()) {
            where.add(cb.or(contains(cb, entry.get("subject"), filter.text()),
                    contains(cb, entry.get("details"), filter.text())));
        }
        if (filter.from() != null) {
            Instant start = filter.from().atStartOfDay(zone).toInstant();
            where.add(cb.greaterThanOrEqualTo(entry.get("at"), start));
        }
        if (filter.to() != null) {
            Instant endExclusive = filter.to().plusDays(1).atStartOfDay(zone).toInstant();
            where.add(cb.lessThan(entry.get("at"), endExclusive));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Predicate contains(CriteriaBuilder cb, Expression<String> column, String text) {
        // Typed % and _ are searched for literally, not as wildcards.
        return cb.like(cb.lower(column), LikePatterns.containing(text.toLowerCase(Locale.ROOT)), ESCAPE);
    }
}
