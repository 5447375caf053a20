package uk.safeguarding.training.course.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.course.CourseVersionFile;

public interface CourseVersionFileRepository extends JpaRepository<CourseVersionFile, Long> {

    List<CourseVersionFile> findByCourseVersionIdOrderByPathAsc(long courseVersionId);

    boolean existsByCourseVersionId(long courseVersionId);
}
