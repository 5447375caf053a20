package uk.safeguarding.training.organisation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.organisation.OrganisationSettings;

public interface OrganisationSettingsRepository extends JpaRepository<OrganisationSettings, Long> {

    Optional<OrganisationSettings> findFirstByOrderByIdAsc();
}
