package sitrep.incident.postmortem.export;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import sitrep.domain.IncidentZone;
import sitrep.domain.SecretMask;
import sitrep.domain.TimelineEntry;
import sitrep.incident.IncidentFolder;
import sitrep.incident.postmortem.IncidentPostmortem;
import sitrep.postmortem.ExportOptions;
import sitrep.postmortem.HtmlRenderer;
import sitrep.postmortem.MarkdownRenderer;
import sitrep.postmortem.PostmortemDocument;
import sitrep.postmortem.TextRenderer;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceConfig;
import sitrep.source.prometheus.PrometheusClient;
import sitrep.source.prometheus.PrometheusMetricSource;
import sitrep.incident.postmortem.export.WindowChartSource.Charts;

/**
 * The postmortem export, one service for the console's postmortem tab and {@code sitrep export}: the window
 * the charts cover, the charts (from the incident's recorded evidence, else from a Prometheus server), and
 * the rendering in each format with the same defaults, masked for known secrets. Neither caller renders or
 * draws charts on its own, so a file exported from the tab reads as one from the command line.
 */
public final class PostmortemExport {

    /** The three formats a postmortem is exported in. */
    public enum Format {
        TEXT, MARKDOWN, HTML;

        /** The defaults: the appendix on for Markdown and HTML, off for text, which keeps the template exactly. */
        public ExportOptions defaults() {
            return switch (this) {
                case TEXT -> ExportOptions.textDefaults();
                case MARKDOWN -> ExportOptions.markdownDefaults();
                case HTML -> ExportOptions.htmlDefaults(List.of());
            };
        }
    }

    private PostmortemExport() {
    }

    /** The document in {@code format}; an export is an output boundary, so no known secret reaches it. */
    public static String render(Format format, PostmortemDocument doc, ExportOptions options) {
        return SecretMask.mask(switch (format) {
            case TEXT -> new TextRenderer().render(doc, options);
            case MARKDOWN -> new MarkdownRenderer().render(doc, options);
            case HTML -> new HtmlRenderer().render(doc, options);
        });
    }

    /**
     * The charts of the incident's recorded evidence over the drafted window; empty when nothing was recorded.
     * Problems reading the evidence are lines on {@code err}.
     */
    public static Optional<Charts> recordedCharts(Path incidentDir, IncidentPostmortem.Loaded loaded,
                                                  PostmortemDocument doc, PrintWriter err) {
        return EvidenceWindowCharts.read(incidentDir.resolve(IncidentFolder.EVIDENCE_DIR), err)
                .map(source -> source.chartsFor(window(loaded, doc)));
    }

    /**
     * The recorded charts when there are any, else charts queried from {@code prometheus} (its address with the
     * saved token, headers and CA file) over the window, else none with the reason.
     */
    public static Charts charts(Path incidentDir, IncidentPostmortem.Loaded loaded, PostmortemDocument doc,
                                Optional<SourceConfig> prometheus, PrintWriter err) {
        Optional<Charts> recorded = recordedCharts(incidentDir, loaded, doc, err);
        if (recorded.isPresent() && !recorded.get().charts().isEmpty()) {
            return recorded.get();
        }
        if (prometheus.isEmpty()) {
            return Charts.none("no Prometheus server was given (--prometheus, or saved in the settings)");
        }
        SourceConfig source = prometheus.get();
        HttpClients clients = HttpClients.withDefaults();
        try {
            WindowChartSource prom = new PrometheusWindowCharts(new PrometheusMetricSource(
                    new PrometheusClient(new HttpFetcher(clients), source)), PrometheusWindowCharts.DEFAULT_QUERIES);
            return prom.chartsFor(window(loaded, doc));
        } finally {
            clients.close();
        }
    }

    /** The drafted window in instants; an open incident runs to its last entry (or an hour, with none). */
    static ChartWindow window(IncidentPostmortem.Loaded loaded, PostmortemDocument doc) {
        IncidentZone zone = loaded.incident().zone();
        Instant start = doc.window().start().map(s -> s.atZone(zone.zoneId()).toInstant())
                .orElse(loaded.incident().start());
        Optional<Instant> lastEntry = loaded.entries().stream().map(TimelineEntry::eventTime).max(Instant::compareTo);
        Instant end = doc.window().end().map(e -> e.atZone(zone.zoneId()).toInstant())
                .or(() -> lastEntry).filter(e -> e.isAfter(start)).orElse(start.plus(Duration.ofHours(1)));
        List<TimelineEntry> marked = new ArrayList<>(loaded.entries());
        marked.removeIf(e -> loaded.edits().excludedEntryIds().contains(e.id()));
        return new ChartWindow(start, end, zone, marked);
    }
}
