package uk.safeguarding.training.settings.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.settings.PublicPage;

public interface PublicPageRepository extends JpaRepository<PublicPage, Long> {

    Optional<PublicPage> findBySlug(String slug);
}
