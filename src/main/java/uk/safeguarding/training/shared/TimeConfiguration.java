package uk.safeguarding.training.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every rule about due dates, expiry and lockouts reads time from this clock, so tests can fix it; and every date shown
 * or computed ("due today", "valid until the end of that day") is in the clock's zone ({@code clock.getZone()}), so
 * this is the one place the zone is written.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    /**
     * Training dates are UK dates: a course due "today" is due today in London. Public only for the scheduled jobs'
     * {@code @Scheduled(zone = ...)}, which must be a constant; everything else asks the injected clock.
     */
    public static final String ZONE = "Europe/London";

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of(ZONE));
    }
}
