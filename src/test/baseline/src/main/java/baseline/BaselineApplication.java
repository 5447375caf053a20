package baseline;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/** The bare stack: one route (the login page), one entity, Flyway, Spring Security with Vaadin's configurer. */
@SpringBootApplication
public class BaselineApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(BaselineApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Uses the repository, so the JPA stack is exercised at start as in the application. */
    @Bean
    UserDetailsService users(NoteRepository notes) {
        return new InMemoryUserDetailsManager(
                User.withUsername("user").password("{noop}user" + notes.count()).roles("USER").build());
    }
}
