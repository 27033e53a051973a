package sitrep.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * A benchmark's temporary folder under {@code target/}, on the disk the console writes to (the system's temporary
 * folder may be in memory, where an fsync costs nothing), deleted after the test as any {@code @TempDir}.
 */
public final class OnTargetDisk implements TempDirFactory {

    @Override
    public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext extension) throws IOException {
        Path target = Files.createDirectories(Path.of("target"));
        return Files.createTempDirectory(target, "bench-");
    }
}
