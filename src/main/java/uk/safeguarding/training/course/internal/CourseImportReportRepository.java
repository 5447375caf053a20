package uk.safeguarding.training.course.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.course.CourseImportReport;

public interface CourseImportReportRepository extends JpaRepository<CourseImportReport, Long> {

    Optional<CourseImportReport> findByFolder(String folder);

    List<CourseImportReport> findAllByOrderByFolderAsc();
}
