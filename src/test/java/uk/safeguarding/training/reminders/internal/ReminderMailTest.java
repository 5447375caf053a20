package uk.safeguarding.training.reminders.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** The sender reminders use when the context has none, as under Spring AOT with a mail host given only at start-up. */
class ReminderMailTest {

    private final StaticListableBeanFactory noMailSenderBean = new StaticListableBeanFactory();

    @Test
    void a_mail_host_given_at_start_up_gives_a_sender_even_when_the_context_made_none() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.mail.host", "smtp.example.org")
                .withProperty("spring.mail.port", "2525")
                .withProperty("spring.mail.username", "reminders")
                .withProperty("spring.mail.password", "secret")
                .withProperty("spring.mail.properties.mail.smtp.starttls.enable", "true");

        ReminderMail mail = new ReminderMail(noMailSenderBean.getBeanProvider(JavaMailSender.class), environment);

        assertThat(mail.sender()).get().isInstanceOfSatisfying(JavaMailSenderImpl.class, sender -> {
            assertThat(sender.getHost()).isEqualTo("smtp.example.org");
            assertThat(sender.getPort()).isEqualTo(2525);
            assertThat(sender.getUsername()).isEqualTo("reminders");
            assertThat(sender.getPassword()).isEqualTo("secret");
            assertThat(sender.getJavaMailProperties()).containsEntry("mail.smtp.starttls.enable", "true");
        });
    }

    @Test
    void without_a_mail_host_reminders_stay_in_the_app() {
        ReminderMail mail = new ReminderMail(noMailSenderBean.getBeanProvider(JavaMailSender.class), new MockEnvironment());

        assertThat(mail.sender()).isEmpty();
    }

    @Test
    void a_sender_in_the_context_is_used_as_it_is() {
        JavaMailSenderImpl configured = new JavaMailSenderImpl();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", configured);

        ReminderMail mail = new ReminderMail(beans.getBeanProvider(JavaMailSender.class),
                new MockEnvironment().withProperty("spring.mail.host", "ignored.example.org"));

        assertThat(mail.sender()).containsSame(configured);
    }
}
