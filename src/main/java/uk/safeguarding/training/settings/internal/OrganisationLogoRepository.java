package uk.safeguarding.training.settings.internal;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.settings.OrganisationLogoVersion;

public interface OrganisationLogoRepository extends JpaRepository<OrganisationLogoVersion, Long> {

    /** The logo in use at that moment: the newest row from then or before (ties broken by the later row). */
    Optional<OrganisationLogoVersion> findFirstByInUseFromLessThanEqualOrderByInUseFromDescIdDesc(Instant at);

    Optional<OrganisationLogoVersion> findFirstByOrderByInUseFromDescIdDesc();
}
