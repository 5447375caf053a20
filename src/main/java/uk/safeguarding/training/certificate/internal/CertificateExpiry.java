package uk.safeguarding.training.certificate.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import uk.safeguarding.training.certificate.Certificate;
import uk.safeguarding.training.learning.RefresherService;
import uk.safeguarding.training.shared.TimeConfiguration;

/**
 * After a certificate's valid-until date the course is due again. Runs at start-up and every night; each
 * certificate is claimed with a guarded update, so several instances or runs assign one refresher.
 */
@Component
@Order(50)
public class CertificateExpiry implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CertificateExpiry.class);

    private final CertificateRepository certificates;
    private final RefresherService refreshers;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CertificateExpiry(CertificateRepository certificates, RefresherService refreshers, TransactionTemplate transactions, Clock clock) {
        this.certificates = certificates;
        this.refreshers = refreshers;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        assignRefreshers();
    }

    @Scheduled(cron = "${training.certificates.expiry-cron:0 30 2 * * *}", zone = TimeConfiguration.ZONE)
    public int assignRefreshers() {
        int assigned = 0;
        for (Certificate expired : certificates.expiredWithoutRefresher(LocalDate.now(clock))) {
            Boolean done = transactions.execute(status -> {
                if (certificates.claimRefresher(expired.getId(), clock.instant()) == 0) {
                    return false;
                }
                refreshers.assignRefresher(expired.getUserId(), expired.getCourseId(), expired.getValidUntil());
                return true;
            });
            if (Boolean.TRUE.equals(done)) {
                assigned++;
            }
        }
        if (assigned > 0) {
            log.info("Assigned {} refresher(s) for expired certificates", assigned);
        }
        return assigned;
    }
}
