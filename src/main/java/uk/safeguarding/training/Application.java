package uk.safeguarding.training;

import com.vaadin.flow.spring.annotation.EnableVaadin;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Safeguarding Training: mandatory child sexual exploitation awareness training.
 *
 * <p>{@code @EnableVaadin} names the packages Vaadin scans at every start for its own types (routes, error views, the
 * app shell): the views' packages, not the whole application, whose other classes it would otherwise read five
 * times over (docs/decisions/0040). {@code VaadinScanPackagesTest} fails when a Vaadin type sits outside them.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableVaadin({
        "uk.safeguarding.training.shared.ui",
        "uk.safeguarding.training.audit.ui",
        "uk.safeguarding.training.authoring.ui",
        "uk.safeguarding.training.certificate.ui",
        "uk.safeguarding.training.dataprotection.ui",
        "uk.safeguarding.training.evidence.ui",
        "uk.safeguarding.training.identity.ui",
        "uk.safeguarding.training.learning.ui",
        "uk.safeguarding.training.policy.ui",
        "uk.safeguarding.training.reporting.ui",
        "uk.safeguarding.training.settings.ui",
        "uk.safeguarding.training.staffimport.ui"})
public class Application {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
