package sitrep.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import sitrep.domain.TerminalText;

/**
 * {@code --out FILE} and {@code --force} of the commands that render something to stdout or, atomically, to
 * a file, and the one way they deliver it (see {@link OutputTarget} for what FILE may be). With
 * {@code sortOptions = false} picocli lists a mixin's options where its field stands in the command, which is
 * why {@code --incident} is a mixin of its own: {@code --format} sits between it and these in the help.
 */
final class OutputFlags {

    @Option(names = "--out", paramLabel = "FILE", description = "Write here (atomically) instead of to stdout.")
    Path out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    /** Whether {@code --out} names a place nothing may be written to; if so, says why in one line on {@code err}. */
    boolean refused(PrintWriter err) {
        Optional<String> refusal = out == null ? Optional.empty() : OutputTarget.refusal(out);
        if (refusal.isEmpty()) {
            return false;
        }
        err.println("sitrep: " + refusal.get());
        err.flush();
        return true;
    }

    /**
     * Prints {@code rendered} without {@code --out}; else writes it to FILE and then prints the {@code written}
     * line. Returns the exit code: 1 when FILE exists without {@code --force} (said on stderr). On a terminal the
     * notes in it, which anyone who can write to the journal wrote, have their control characters shown escaped line
     * by line ({@link TerminalText#escapeLines}); piped or redirected, and in FILE, the bytes stay exact.
     */
    int deliver(CommandSpec spec, String rendered, Supplier<String> written) throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            boolean stdoutIsTerminal = System.console() != null;
            stdout.print(stdoutIsTerminal ? TerminalText.escapeLines(rendered) : rendered);
            stdout.flush();
            return 0;
        }
        if (!OutputTarget.write(out, force, rendered, spec.commandLine().getErr())) {
            return 1;
        }
        stdout.println(written.get());
        stdout.flush();
        return 0;
    }
}
