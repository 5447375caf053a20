package uk.safeguarding.training.security;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.annotation.Annotation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.annotation.Secured;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PostFilter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.prepost.PreFilter;

/**
 * Method security is switched on for JSR-250's annotations only ({@code SecurityConfiguration}): a Spring Security
 * annotation on a service would compile, look like a gate and enforce nothing. This fails first.
 */
class MethodSecurityAnnotationsTest {

    private static final List<Class<? extends Annotation>> NOT_ENFORCED =
            List.of(PreAuthorize.class, PostAuthorize.class, PreFilter.class, PostFilter.class, Secured.class);

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.safeguarding.training");

    @Test
    void no_class_or_method_relies_on_an_annotation_method_security_does_not_enforce() {
        for (Class<? extends Annotation> annotation : NOT_ENFORCED) {
            String why = "method security enforces only @RolesAllowed, @PermitAll and @DenyAll (SecurityConfiguration); "
                    + "@" + annotation.getSimpleName() + " would be ignored";
            noClasses().should().beAnnotatedWith(annotation).because(why).check(classes);
            noMethods().should().beAnnotatedWith(annotation).because(why).check(classes);
        }
    }
}
