package uk.safeguarding.training.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Everything printed on one certificate, fixed at issue. The PDF is a pure function of this record: the same record
 * always renders to the same bytes, so a re-download is indistinguishable from the original.
 *
 * @param code            the human form, groups of four from {@code 23456789ABCDEFGHJKMNPQRSTVWXYZ} joined by
 *                        dashes, e.g. {@code 7KQ4-M9XT-2HDP-R8WC}
 * @param verificationUrl where anyone can check the certificate, e.g.
 *                        {@code https://training.example.org/verify/7KQ4-M9XT-2HDP-R8WC}; carried by the QR code
 * @param issuedAt        when the certificate was issued; becomes the PDF's creation and modification date
 * @param logo            the organisation's logo when the certificate was issued, or null for none
 * @param layout          how the PDF is written, fixed at issue (docs/decisions/0036)
 */
public record CertificateDocument(String code, String learnerName, String courseTitle, int courseVersion,
                                  LocalDate completedOn, int scorePercent, LocalDate validUntil,
                                  String organisationName, String verificationUrl, Instant issuedAt, Logo logo,
                                  CertificateLayout layout) {

    /**
     * In layout 1, what every record meant before layouts existed; the service always names the certificate's own
     * layout.
     */
    public CertificateDocument(String code, String learnerName, String courseTitle, int courseVersion,
                               LocalDate completedOn, int scorePercent, LocalDate validUntil,
                               String organisationName, String verificationUrl, Instant issuedAt, Logo logo) {
        this(code, learnerName, courseTitle, courseVersion, completedOn, scorePercent, validUntil, organisationName,
                verificationUrl, issuedAt, logo, CertificateLayout.LAYOUT_1);
    }

    /** Without a logo, in layout 1. */
    public CertificateDocument(String code, String learnerName, String courseTitle, int courseVersion,
                               LocalDate completedOn, int scorePercent, LocalDate validUntil,
                               String organisationName, String verificationUrl, Instant issuedAt) {
        this(code, learnerName, courseTitle, courseVersion, completedOn, scorePercent, validUntil, organisationName,
                verificationUrl, issuedAt, null);
    }

    /** The same certificate written in another layout. */
    public CertificateDocument inLayout(CertificateLayout other) {
        return new CertificateDocument(code, learnerName, courseTitle, courseVersion, completedOn, scorePercent,
                validUntil, organisationName, verificationUrl, issuedAt, logo, other);
    }

    /** A PNG or JPEG image; compared and printed by content (its SHA-256), so the record stays a reproducible key. */
    public record Logo(byte[] image) {

        public Logo {
            Objects.requireNonNull(image, "image");
            image = image.clone();
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Logo logo && Arrays.equals(logo.image, image);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(image);
        }

        @Override
        public String toString() {
            return "Logo[sha256=" + HexFormat.of().formatHex(sha256(image)) + "]";
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static final Pattern HUMAN_CODE = Pattern.compile("[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4})*");

    public CertificateDocument {
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(layout, "layout");
        if (code == null || !HUMAN_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Certificate code must be groups of four from "
                    + "23456789ABCDEFGHJKMNPQRSTVWXYZ joined by dashes, but was: " + code);
        }
        requireText(learnerName, "learnerName");
        requireText(courseTitle, "courseTitle");
        requireText(organisationName, "organisationName");
        requireText(verificationUrl, "verificationUrl");
        if (!verificationUrl.startsWith("https://") && !verificationUrl.startsWith("http://")) {
            throw new IllegalArgumentException("verificationUrl must be an http(s) address, but was: " + verificationUrl);
        }
        if (courseVersion < 1) {
            throw new IllegalArgumentException("courseVersion must be 1 or more, but was " + courseVersion);
        }
        if (scorePercent < 0 || scorePercent > 100) {
            throw new IllegalArgumentException("scorePercent must be 0 to 100, but was " + scorePercent);
        }
        if (validUntil.isBefore(completedOn)) {
            throw new IllegalArgumentException("validUntil " + validUntil + " is before completedOn " + completedOn);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /**
     * As the generated record form, but naming the logo only when there is one: the PDF's document /ID is derived from
     * this text, so certificates without a logo keep the /ID (and bytes) they had before logos existed. The layout is
     * left out for the same reason: its {@link CertificateLayout#version()} comes before this text in the /ID seed.
     */
    @Override
    public String toString() {
        return "CertificateDocument[code=" + code + ", learnerName=" + learnerName + ", courseTitle=" + courseTitle
                + ", courseVersion=" + courseVersion + ", completedOn=" + completedOn + ", scorePercent=" + scorePercent
                + ", validUntil=" + validUntil + ", organisationName=" + organisationName + ", verificationUrl="
                + verificationUrl + ", issuedAt=" + issuedAt + (logo == null ? "" : ", logo=" + logo) + "]";
    }
}
