package uk.safeguarding.training.course.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.course.CourseVersion;

public interface CourseVersionRepository extends JpaRepository<CourseVersion, Long> {

    Optional<CourseVersion> findFirstByCourseIdOrderByNumberDesc(long courseId);

    List<CourseVersion> findByCourseIdOrderByNumberDesc(long courseId);

    long countByCourseId(long courseId);

    /** Versions that started an edition, oldest first. */
    @Query("select v from CourseVersion v where v.course.id = :courseId and v.editionStarted is not null order by v.number")
    List<CourseVersion> findEditionStarts(long courseId);

    @Query("select v.definitionJson from CourseVersion v where v.id = :id")
    Optional<String> findDefinitionJson(long id);
}
