package uk.safeguarding.training.settings;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every logo the organisation has used, read once, to answer "which logo was in use then" for many certificates
 * without a query each. Answers as {@link OrganisationService#logoAt} does: the newest row from that moment or
 * before, ties broken by the later row.
 */
public final class LogoHistory {

    private final List<OrganisationLogoVersion> versions;
    private final List<Optional<OrganisationLogo>> logos;

    LogoHistory(List<OrganisationLogoVersion> versions) {
        this.versions = versions.stream()
                .sorted(Comparator.comparing(OrganisationLogoVersion::getInUseFrom).thenComparing(OrganisationLogoVersion::getId))
                .toList();
        // One OrganisationLogo per row, so callers can keep what they derive from it by identity.
        this.logos = this.versions.stream().map(OrganisationLogoVersion::logo).toList();
    }

    /** The logo in use at that moment (a certificate's issue time), if any; the same instance for the same row. */
    public Optional<OrganisationLogo> at(Instant moment) {
        int low = 0;
        int high = versions.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (versions.get(middle).getInUseFrom().isAfter(moment)) {
                high = middle - 1;
            } else {
                found = middle;
                low = middle + 1;
            }
        }
        return found < 0 ? Optional.empty() : logos.get(found);
    }
}
