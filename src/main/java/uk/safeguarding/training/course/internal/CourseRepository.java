package uk.safeguarding.training.course.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.course.Course;

public interface CourseRepository extends JpaRepository<Course, Long> {

    Optional<Course> findByKey(String key);
}
