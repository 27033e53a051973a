package sitrep.app;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import sitrep.domain.SourceUrl;

/**
 * The source flags the console and {@code sitrep check} share, so both read them the same way. They are
 * kept as typed and parsed together, so that one bad URL is reported by its flag while the others are
 * still read (and, by {@code check}, still checked).
 */
final class SourceFlags {

    @Option(names = "--prometheus", paramLabel = "URL",
            description = "Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics).")
    String prometheus;

    @Option(names = "--alertmanager", paramLabel = "URL",
            description = "Alertmanager.")
    String alertmanager;

    @Option(names = "--status", paramLabel = "URL",
            description = "Status API, health endpoint or any URL; repeat for several.")
    List<String> statusPages = new ArrayList<>();

    /** The flags' URLs; a bad one is left out and named in {@code problems} ("--status: 'x' has no host name"). */
    record Parsed(SourceUrl prometheus, SourceUrl alertmanager, List<SourceUrl> statusPages, List<String> problems) {

        boolean none() {
            return prometheus == null && alertmanager == null && statusPages.isEmpty();
        }
    }

    Parsed parse() {
        List<String> problems = new ArrayList<>();
        SourceUrl prom = one("--prometheus", prometheus, problems);
        SourceUrl am = one("--alertmanager", alertmanager, problems);
        List<SourceUrl> status = new ArrayList<>();
        for (String s : statusPages) {
            SourceUrl u = one("--status", s, problems);
            if (u != null) {
                status.add(u);
            }
        }
        return new Parsed(prom, am, List.copyOf(status), List.copyOf(problems));
    }

    /** Whether any source flag was given at all, usable or not. */
    boolean anyGiven() {
        return prometheus != null || alertmanager != null || !statusPages.isEmpty();
    }

    private static SourceUrl one(String flag, String text, List<String> problems) {
        if (text == null) {
            return null;
        }
        try {
            return SourceUrl.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid value for option '" + flag + "': " + e.getMessage());
            return null;
        }
    }
}
