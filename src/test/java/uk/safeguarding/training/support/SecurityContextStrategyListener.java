package uk.safeguarding.training.support;

import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Points Spring Security's JVM-wide holder at the strategy of the test's own application context before each
 * test. Every context with Vaadin security installs its own strategy when it starts, and its method security keeps
 * that one; with several cached contexts in one JVM, {@link AsUser} would otherwise sign in on another context's
 * holder and the service would see nobody.
 */
public class SecurityContextStrategyListener implements TestExecutionListener {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
