package uk.safeguarding.training.content;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param coursesDirectory the folder holding one sub-folder per course, read at every start
 */
@ConfigurationProperties("training.content")
@Validated
public record ContentProperties(@NotNull Path coursesDirectory) {
}
