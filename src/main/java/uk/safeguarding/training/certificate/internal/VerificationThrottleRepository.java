package uk.safeguarding.training.certificate.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface VerificationThrottleRepository extends JpaRepository<VerificationThrottle, String> {
}
