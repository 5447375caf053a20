package uk.safeguarding.training.settings;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The organisation's logo as stored: a PNG (8 bits per channel, RGB or RGBA, no metadata) re-encoded from the upload
 * by {@link LogoImages}. Compared and printed by content, so records holding it stay reproducible.
 */
public record OrganisationLogo(byte[] png, int width, int height) {

    public OrganisationLogo {
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrganisationLogo logo && logo.width == width && logo.height == height
                && Arrays.equals(logo.png, png);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(png);
    }

    @Override
    public String toString() {
        return "OrganisationLogo[" + width + "x" + height + ", sha256=" + sha256() + "]";
    }
}
