package uk.safeguarding.training.shared;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every rule about due dates, expiry and lockouts reads time from this clock, so tests can fix it. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    /** Training dates are UK dates: a course due "today" is due today in London. */
    static final ZoneId ZONE = ZoneId.of("Europe/London");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
