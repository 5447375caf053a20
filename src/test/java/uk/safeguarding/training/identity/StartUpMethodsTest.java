package uk.safeguarding.training.identity;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The unaudited start-up methods of IdentityService are for start-up code: no view calls them. */
class StartUpMethodsTest {

    @Test
    void no_view_creates_units_or_people_or_grants_management_through_the_start_up_methods() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("uk.safeguarding.training");
        noClasses().that().resideInAPackage("uk.safeguarding.training..ui..")
                .should().callMethod(IdentityService.class, "createUnit", String.class, OrganisationUnit.class)
                .orShould().callMethod(IdentityService.class, "createPerson", IdentityService.NewPerson.class, String.class, boolean.class)
                .orShould().callMethod(IdentityService.class, "grantManagement", long.class, long.class)
                .because("views change people and units through PeopleAdministration and UnitAdministration, which check and audit")
                .check(classes);
    }
}
