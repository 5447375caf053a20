package uk.safeguarding.training.organisation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.organisation.PublicPage;

public interface PublicPageRepository extends JpaRepository<PublicPage, Long> {

    Optional<PublicPage> findBySlug(String slug);
}
