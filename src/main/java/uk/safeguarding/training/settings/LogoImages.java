package uk.safeguarding.training.settings;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import uk.safeguarding.training.shared.Refusal;

/**
 * Checks an uploaded logo and re-encodes it as a plain PNG. Only PNG and JPEG are accepted (checked by content, not
 * name); the size is read from the header before anything is decoded, so a huge image is refused cheaply; the result
 * is at most {@link #STORED_MAX_SIDE} pixels on its longer side and carries no colour profile, text or other chunks,
 * which keeps certificates valid PDF/A and their bytes predictable. Pure; no Spring.
 */
public final class LogoImages {

    public static final int MAX_BYTES = 1024 * 1024;
    public static final int MAX_SIDE = 4000;
    public static final int MIN_SIDE = 32;
    public static final int STORED_MAX_SIDE = 800;

    /** Said next to the upload, so people know the rules before they try. */
    public static final String RULES = "PNG or JPEG, at most 1 MB, from " + MIN_SIDE + " to " + MAX_SIDE
            + " pixels wide and high. Larger logos are scaled down to " + STORED_MAX_SIDE + " pixels.";

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private LogoImages() {
    }

    /** @throws InvalidLogoException with a message saying what is wrong with the file */
    public static OrganisationLogo normalise(byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new InvalidLogoException("The file is empty. Choose a PNG or JPEG image.");
        }
        if (!startsWith(upload, PNG) && !startsWith(upload, JPEG)) {
            throw new InvalidLogoException("The logo must be a PNG or JPEG image; this file is neither"
                    + " (SVG, GIF and other types are not accepted).");
        }
        if (upload.length > MAX_BYTES) {
            throw new InvalidLogoException("The file is " + (upload.length + 1023) / 1024 + " KB; the logo can be at"
                    + " most 1 MB. Save it smaller and try again.");
        }
        BufferedImage image = decode(upload);
        BufferedImage plain = scaled(image);
        return new OrganisationLogo(png(plain), plain.getWidth(), plain.getHeight());
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > MAX_SIDE || height > MAX_SIDE) {
                    throw new InvalidLogoException("The image is " + width + " × " + height + " pixels; the logo can"
                            + " be at most " + MAX_SIDE + " × " + MAX_SIDE + ". Make it smaller and try again.");
                }
                if (width < MIN_SIDE || height < MIN_SIDE) {
                    throw new InvalidLogoException("The image is " + width + " × " + height + " pixels; it needs at"
                            + " least " + MIN_SIDE + " pixels each way to print clearly.");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidLogoException invalid) {
                throw invalid;
            }
            throw unreadable();
        }
    }

    private static InvalidLogoException unreadable() {
        return new InvalidLogoException("The image could not be read. It may be damaged or use a colour format"
                + " that is not supported (such as CMYK); save it again as an RGB PNG or JPEG.");
    }

    /** Into 8-bit RGB (or RGBA when any pixel is see-through), fitted into the stored size. */
    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) STORED_MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        boolean alpha = image.getColorModel().hasAlpha() && hasTransparentPixel(image);
        BufferedImage out = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static boolean hasTransparentPixel(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) >>> 24) != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("No PNG writer");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(Arrays.copyOf(bytes, prefix.length), prefix);
    }

    /** A logo upload that was refused; the message is meant for the person who uploaded it. */
    public static class InvalidLogoException extends Refusal {
        public InvalidLogoException(String message) {
            super(message);
        }
    }
}
