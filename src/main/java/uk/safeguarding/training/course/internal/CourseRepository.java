package uk.safeguarding.training.course.internal;

import java.util.Optional;
import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.course.Course;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findByKey(String key);

    /**
     * The course, locked until the transaction ends: publishing takes turns per course, so two trainers publishing
     * at once get consecutive version and edition numbers and neither publication is lost.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.key = :key")
    Optional<Course> findByKeyForUpdate(String key);
}
