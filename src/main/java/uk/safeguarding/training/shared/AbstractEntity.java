package uk.safeguarding.training.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.proxy.HibernateProxy;

/**
 * Base of every entity: a database-generated id and an optimistic-locking version.
 *
 * <p>equals and hashCode compare the id and the unproxied class, so a Hibernate proxy equals the entity
 * it stands for, and a new (unsaved) entity equals only itself.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    /**
     * Length for text columns declared as {@code varchar} without a limit in the migrations (unbounded on H2 and
     * PostgreSQL). Hibernate only uses it to choose the type: at or below the H2 dialect's varchar limit it
     * expects a varchar, above it a clob. The database does not enforce it.
     */
    protected static final int UNBOUNDED = 1_048_576;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    @Override
    public final boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || effectiveClass(this) != effectiveClass(other)) {
            return false;
        }
        Long otherId = ((AbstractEntity) other).getId();
        return id != null && id.equals(otherId);
    }

    @Override
    public final int hashCode() {
        return effectiveClass(this).hashCode();
    }

    private static Class<?> effectiveClass(Object o) {
        return o instanceof HibernateProxy proxy
                ? proxy.getHibernateLazyInitializer().getPersistentClass()
                : o.getClass();
    }
}
