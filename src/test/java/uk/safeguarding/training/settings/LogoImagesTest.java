package uk.safeguarding.training.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoImagesTest {

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    @Test
    void a_jpeg_becomes_an_opaque_png_of_the_same_size() throws IOException {
        OrganisationLogo logo = LogoImages.normalise(encode(new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB), "jpg"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(logo.png()));
        assertThat(Arrays.copyOf(logo.png(), 4)).containsExactly(0x89, 'P', 'N', 'G');
        assertThat(stored.getWidth()).isEqualTo(300);
        assertThat(stored.getHeight()).isEqualTo(100);
        assertThat(stored.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void transparency_is_kept_and_large_logos_are_scaled_down() throws IOException {
        BufferedImage image = new BufferedImage(2000, 1000, BufferedImage.TYPE_INT_ARGB);
        OrganisationLogo logo = LogoImages.normalise(encode(image, "png"));
        BufferedImage stored = ImageIO.read(new ByteArrayInputStream(logo.png()));
        assertThat(stored.getColorModel().hasAlpha()).isTrue();
        assertThat(logo.width()).isEqualTo(800);
        assertThat(logo.height()).isEqualTo(400);
        assertThat(LogoImages.normalise(encode(image, "png"))).as("the same upload, the same bytes").isEqualTo(logo);
    }

    @Test
    void refuses_other_types_oversized_files_and_images_too_big_or_too_small_with_a_message() throws IOException {
        assertThatThrownBy(() -> LogoImages.normalise(encode(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "gif")))
                .hasMessageContaining("PNG or JPEG");
        assertThatThrownBy(() -> LogoImages.normalise(new byte[0])).hasMessageContaining("empty");
        byte[] big = Arrays.copyOf(encode(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "png"), 1024 * 1024 + 1);
        assertThatThrownBy(() -> LogoImages.normalise(big)).hasMessageContaining("at most 1 MB");
        assertThatThrownBy(() -> LogoImages.normalise(encode(new BufferedImage(4001, 40, BufferedImage.TYPE_BYTE_BINARY), "png")))
                .hasMessageContaining("4001 × 40 pixels").hasMessageContaining("at most 4000");
        assertThatThrownBy(() -> LogoImages.normalise(encode(new BufferedImage(20, 100, BufferedImage.TYPE_INT_RGB), "png")))
                .hasMessageContaining("at least 32");
        byte[] damaged = Arrays.copyOf(encode(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB), "png"), 40);
        assertThatThrownBy(() -> LogoImages.normalise(damaged)).hasMessageContaining("could not be read");
    }
}
