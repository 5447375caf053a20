package uk.safeguarding.training.learning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.safeguarding.training.learning.UnitAssignment;

public interface UnitAssignmentRepository extends JpaRepository<UnitAssignment, Long> {

    /** Unit assignments of the given unit or any unit above it (their paths are prefixes of its path). */
    @Query("""
            select ua from UnitAssignment ua where ua.unitId in
              (select ou.id from OrganisationUnit ou where :unitPath like concat(ou.path, '%'))""")
    List<UnitAssignment> coveringUnitPath(String unitPath);
}
