package uk.safeguarding.training.dataprotection.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.safeguarding.training.dataprotection.RetentionOutcome;
import uk.safeguarding.training.shared.TimeConfiguration;

/**
 * Applies the retention policy every night. Each day's run is claimed first by inserting the day into
 * {@code retention_run} (its primary key): on several instances sharing one database, exactly one runs it; and even
 * a run that was not claimed would change nothing, as every step skips what is already done.
 */
@Component
public class RetentionJob {

    private final JdbcTemplate jdbc;
    private final Retention retention;
    private final Clock clock;

    RetentionJob(JdbcTemplate jdbc, Retention retention, Clock clock) {
        this.jdbc = jdbc;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(cron = "${training.data-protection.retention-cron:0 30 3 * * *}", zone = TimeConfiguration.ZONE)
    public void scheduled() {
        run();
    }

    /** @return what the run did, or empty when today's run was already claimed (here or by another instance) */
    public Optional<RetentionOutcome> run() {
        LocalDate today = LocalDate.now(clock);
        try {
            jdbc.update("insert into retention_run (run_on, started_at) values (?, ?)", Date.valueOf(today),
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyClaimed) {
            return Optional.empty();
        }
        return Optional.of(retention.apply(today));
    }
}
