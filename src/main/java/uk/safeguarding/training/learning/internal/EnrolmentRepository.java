package uk.safeguarding.training.learning.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.learning.Enrolment;

public interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    Optional<Enrolment> findByAssignmentId(long assignmentId);

    List<Enrolment> findByUserId(long userId);
}
