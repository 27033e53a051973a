package sitrep.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --incident DIR} as the commands that work on one incident folder take it, worded once so their
 * help reads alike. ({@code import} and {@code join} create the folder and say so in their own option.)
 */
final class IncidentFlag {

    @Option(names = "--incident", required = true, paramLabel = "DIR", description = "Incident folder.")
    Path dir;
}
