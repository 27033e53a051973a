package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged console loads the toolkit's native libraries where the build put them, beside its jar: JavaFX then
 * neither reads them out of the jar nor compares them with MD5 against copies it keeps in the user's
 * {@code ~/.openjfx/cache} on every start (docs/decisions/11-06), and a home folder that cannot be written does not
 * matter to it.
 */
class ToolkitLibrariesInPlaceIT {

    @Test
    void theToolkitsLibrariesAreNotCopiedIntoTheHomeFolder(@TempDir Path home) throws Exception {
        try (PrivateScreen screen = PrivateScreen.start("1366x768")) {
            try (PackagedConsole console = PackagedConsole.start(screen, home, "-Duser.home=" + home)) {
                console.awaitFirstChart();
            }
        }
        assertThat(home.resolve(".openjfx")).as("JavaFX's cache of native libraries copied out of its jar")
                .doesNotExist();
    }
}
