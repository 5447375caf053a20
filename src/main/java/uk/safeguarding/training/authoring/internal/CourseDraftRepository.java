package uk.safeguarding.training.authoring.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CourseDraftRepository extends JpaRepository<CourseDraft, Long> {

    Optional<CourseDraft> findByCourseKey(String courseKey);
}
