package sitrep.app;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import sitrep.domain.SourceUrl;

/** The source flags the console and {@code sitrep check} share, so both read them the same way. */
final class SourceFlags {

    @Option(names = "--prometheus", paramLabel = "URL", converter = SourceUrlConverter.class,
            description = "Prometheus-compatible server (Prometheus, Thanos, Mimir, VictoriaMetrics).")
    SourceUrl prometheus;

    @Option(names = "--alertmanager", paramLabel = "URL", converter = SourceUrlConverter.class,
            description = "Alertmanager.")
    SourceUrl alertmanager;

    @Option(names = "--status", paramLabel = "URL", converter = SourceUrlConverter.class,
            description = "Status API, health endpoint or any URL; repeat for several.")
    List<SourceUrl> statusPages = new ArrayList<>();
}
