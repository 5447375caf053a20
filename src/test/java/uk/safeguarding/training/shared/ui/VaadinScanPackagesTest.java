package uk.safeguarding.training.shared.ui;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.WebComponentExporter;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.spring.annotation.EnableVaadin;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.safeguarding.training.Application;

/**
 * Vaadin finds its own types by scanning only the packages {@code Application}'s {@code @EnableVaadin} lists
 * (docs/decisions/0040). A route, error view or app shell anywhere else would silently not exist: this fails first.
 */
class VaadinScanPackagesTest {

    private static final List<String> SCANNED = Arrays.asList(Application.class.getAnnotation(EnableVaadin.class).value());

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.safeguarding.training");

    @Test
    void every_type_vaadin_discovers_at_start_lies_in_a_scanned_package() {
        DescribedPredicate<JavaClass> discoveredByVaadin = DescribedPredicate.describe(
                "routes, route aliases, error views, app shells and web component exporters",
                c -> !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface() && (c.isAnnotatedWith(Route.class) || c.isAnnotatedWith(RouteAlias.class)
                        || c.isAnnotatedWith(RouteAlias.Container.class)
                        || c.isAssignableTo(HasErrorParameter.class) || c.isAssignableTo(AppShellConfigurator.class)
                        || c.isAssignableTo(WebComponentExporter.class)));
        classes().that(discoveredByVaadin)
                .should().resideInAnyPackage(SCANNED.stream().map(p -> p + "..").toArray(String[]::new))
                .because("Vaadin scans only the packages listed on Application's @EnableVaadin")
                .check(classes);
    }

    @Test
    void the_app_shell_and_the_views_are_found() {
        assertThat(classes.stream().filter(c -> c.isAssignableTo(AppShellConfigurator.class))).hasSize(1);
        assertThat(classes.stream().filter(c -> c.isAnnotatedWith(Route.class))).hasSizeGreaterThan(30);
        assertThat(SCANNED).allSatisfy(p -> assertThat(classes.containPackage(p)).as(p).isTrue());
    }
}
