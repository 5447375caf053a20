package uk.safeguarding.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** The package rules of docs/decisions/0001, written as sentences. */
class ModularityTest {

    private static final String BASE = "uk.safeguarding.training";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
    }

    @Test
    void features_use_each_other_only_through_their_root_packages_and_never_in_a_cycle() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void no_code_outside_a_ui_package_depends_on_a_ui_package() {
        noClasses().that().resideOutsideOfPackage(BASE + "..ui..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "..ui..")
                .because("views are leaves: Vaadin finds them by their routes, nothing calls them")
                .check(classes);
    }

    @Test
    void a_feature_ui_does_not_reach_into_another_features_ui() {
        String[] features = {"identity", "course", "content", "learning", "quiz", "certificate", "reporting", "authoring", "admin",
                "dataprotection"};
        for (String feature : features) {
            String[] others = java.util.Arrays.stream(features).filter(f -> !f.equals(feature))
                    .map(f -> BASE + "." + f + ".ui..").toArray(String[]::new);
            noClasses().that().resideInAPackage(BASE + "." + feature + ".ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void shared_depends_on_no_feature() {
        noClasses().that().resideInAPackage(BASE + ".shared..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".identity..", BASE + ".course..",
                        BASE + ".content..", BASE + ".learning..", BASE + ".quiz..", BASE + ".certificate..",
                        BASE + ".reporting..", BASE + ".authoring..", BASE + ".admin..", BASE + ".organisation..",
                        BASE + ".demo..", BASE + ".dataprotection..")
                .check(classes);
    }

    @Test
    void services_and_rules_do_not_depend_on_vaadin_so_they_can_be_tested_without_a_browser() {
        noClasses().that().resideInAPackage(BASE + "..")
                .and().resideOutsideOfPackage(BASE + "..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .check(classes);
    }

    @Test
    void nothing_depends_on_reporting_or_the_demo_data() {
        noClasses().that().resideOutsideOfPackage(BASE + ".reporting..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".reporting..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage(BASE + ".demo..")
                .should().dependOnClassesThat().resideInAPackage(BASE + ".demo..")
                .check(classes);
    }
}
