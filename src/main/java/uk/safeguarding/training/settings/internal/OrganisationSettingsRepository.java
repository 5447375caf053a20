package uk.safeguarding.training.settings.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.settings.OrganisationSettings;

public interface OrganisationSettingsRepository extends JpaRepository<OrganisationSettings, Long> {

    Optional<OrganisationSettings> findFirstByOrderByIdAsc();
}
