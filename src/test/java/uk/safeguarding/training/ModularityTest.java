package uk.safeguarding.training;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import uk.safeguarding.training.identity.IdentityService;
import uk.safeguarding.training.identity.OrganisationUnit;

/**
 * The package rules of docs/decisions/0001, written as sentences. The features are the application modules Spring
 * Modulith finds (every direct sub-package of {@value #BASE}), so a new feature is covered without editing a list.
 */
class ModularityTest {

    private static final String BASE = "uk.safeguarding.training";
    private static final String SHARED = BASE + ".shared";
    private static ApplicationModules modules;
    private static JavaClasses classes;
    private static List<String> features;

    @BeforeAll
    static void importClasses() {
        modules = ApplicationModules.of(Application.class);
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);
        features = modules.stream().map(ApplicationModule::getBasePackage).map(p -> p.getName())
                .filter(name -> !name.equals(SHARED)).sorted().toList();
    }

    @Test
    void the_features_are_found_from_the_packages_not_from_a_list() {
        assertThat(features).contains(BASE + ".identity", BASE + ".learning", BASE + ".certificate", BASE + ".reporting",
                BASE + ".reminders", BASE + ".settings", BASE + ".dataprotection", BASE + ".audit");
        assertThat(modules.stream().map(m -> m.getBasePackage().getName())).contains(SHARED);
    }

    @Test
    void every_feature_says_what_it_holds_in_a_package_info() {
        for (String feature : modules.stream().map(m -> m.getBasePackage().getName()).toList()) {
            java.nio.file.Path info = java.nio.file.Path.of("src/main/java", feature.replace('.', '/'), "package-info.java");
            assertThat(info).as("the package comment of " + feature).exists();
        }
    }

    @Test
    void features_use_each_other_only_through_their_root_packages_and_never_in_a_cycle() {
        modules.verify();
    }

    @Test
    void the_module_diagram_in_docs_is_written_from_the_code() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        assertThat(new java.io.File("docs/modules/components.puml")).exists();
        try (Stream<Path> diagrams = Files.list(Path.of("docs/modules"))) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                Files.write(diagram, relationsInOrder(Files.readAllLines(diagram)));
            }
        }
    }

    /**
     * The Documenter lists a diagram's relations in the order it met the dependencies, which changes from run to run;
     * sorting each block of {@code Rel(...)} lines keeps the committed files unchanged while the modules are.
     */
    static List<String> relationsInOrder(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("Rel(")) {
                relations.add(line);
                continue;
            }
            relations.sort(null);
            result.addAll(relations);
            relations.clear();
            result.add(line);
        }
        relations.sort(null);
        result.addAll(relations);
        return result;
    }

    @Test
    void no_code_outside_the_edges_depends_on_a_ui_or_web_package() {
        noClasses().that().resideOutsideOfPackages(BASE + "..ui..", BASE + "..web..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + "..ui..", BASE + "..web..")
                .because("views and HTTP endpoints are leaves: Vaadin and Spring MVC find them, nothing calls them")
                .check(classes);
    }

    @Test
    void security_configuration_servlet_filters_and_controllers_live_in_web_packages_not_with_the_views() {
        classes().that().resideInAPackage(BASE + "..ui..")
                .should().notBeAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .andShould().notBeAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .andShould().notBeAnnotatedWith(org.springframework.stereotype.Controller.class)
                .andShould().notBeAssignableTo(jakarta.servlet.Filter.class)
                .because("the screens are in ui; what answers HTTP outside Vaadin is in web")
                .check(classes);
    }

    @Test
    void a_feature_ui_does_not_reach_into_another_features_ui() {
        for (String feature : features) {
            String[] others = features.stream().filter(f -> !f.equals(feature)).map(f -> f + ".ui..").toArray(String[]::new);
            noClasses().that().resideInAPackage(feature + ".ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void shared_depends_on_no_feature() {
        noClasses().that().resideInAPackage(SHARED + "..")
                .should().dependOnClassesThat().resideInAnyPackage(features.stream().map(f -> f + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void services_and_rules_do_not_depend_on_vaadin_so_they_can_be_tested_without_a_browser() {
        noClasses().that().resideInAPackage(BASE + "..")
                .and().resideOutsideOfPackages(BASE + "..ui..", BASE + "..web..")
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

    /** The unaudited start-up methods of IdentityService are for start-up code: no view calls them. */
    @Test
    void no_view_creates_units_or_people_or_grants_management_through_the_start_up_methods() {
        noClasses().that().resideInAPackage(BASE + "..ui..")
                .should().callMethod(IdentityService.class, "createUnit", String.class, OrganisationUnit.class)
                .orShould().callMethod(IdentityService.class, "createPerson", IdentityService.NewPerson.class, String.class, boolean.class)
                .orShould().callMethod(IdentityService.class, "grantManagement", long.class, long.class)
                .because("views change people and units through PeopleAdministration and UnitAdministration, which check and audit")
                .check(classes);
    }
}
