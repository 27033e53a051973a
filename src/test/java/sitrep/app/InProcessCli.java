package sitrep.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs sitrep's command line in the test's JVM as a shell would, keeping what each run printed. */
final class InProcessCli {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs one command; a subcommand that tries to open the window fails the test. */
    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cl = SitrepCommand.commandLine(options -> {
            throw new AssertionError("a subcommand must not open the window");
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Standard output of the last run. */
    String out() {
        return out.toString();
    }

    /** Standard error of the last run. */
    String err() {
        return err.toString();
    }
}
