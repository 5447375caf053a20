package uk.safeguarding.training.identity.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.safeguarding.training.identity.OrganisationUnit;

public interface OrganisationUnitRepository extends JpaRepository<OrganisationUnit, Long> {

    List<OrganisationUnit> findAllByOrderByPathAsc();

    List<OrganisationUnit> findByParentIsNull();

    List<OrganisationUnit> findByParent(OrganisationUnit parent);

    /** The unit with this path and every unit below it. */
    List<OrganisationUnit> findByPathStartingWithOrderByPathAsc(String pathPrefix);
}
