package uk.safeguarding.training.learning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.learning.Assignment;

public interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByUserIdAndClosedAtIsNullOrderByDueOnAsc(long userId);

    List<Assignment> findByUserIdAndCourseIdOrderByAssignedAtDesc(long userId, long courseId);

    List<Assignment> findByUserIdOrderByAssignedAtAsc(long userId);
}
