package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import sitrep.domain.EntryKind;

/**
 * Realistic postmortems written in different styles (src/test/resources/postmortem/import/). For each:
 * no sentence is lost, every timed event is in order, and title, window and zone are read right.
 */
class PostmortemImporterTest {

    /** What each document must come out as; {@code end} null means the document gives none. */
    record Expected(String file, String title, LocalDateTime start, LocalDateTime end, String zone, int timed) {
        @Override
        public String toString() {
            return file;
        }
    }

    static Stream<Expected> documents() {
        return Stream.of(
                new Expected("01-markdown-nospace-headings.md", "Checkout Latency Spike",
                        at(2024, 6, 3, 14, 0), at(2024, 6, 3, 17, 30), "PST", 6),
                new Expected("02-bold-labels-eat.md", "Payments API outage",
                        at(2023, 6, 10, 14, 0), at(2023, 6, 10, 17, 30), "EAT", 6),
                new Expected("03-html-headings-wat.html", "Login failures",
                        at(2023, 11, 4, 9, 15), at(2023, 11, 4, 11, 45), "WAT", 5),
                new Expected("04-bare-lines-paragraph-timeline-sast.txt", "Search outage",
                        at(2024, 3, 2, 8, 30), at(2024, 3, 2, 10, 5), "SAST", 5),
                new Expected("05-missing-root-cause-gmt-offset.md", "Notification delays",
                        at(2023, 8, 15, 13, 0), at(2023, 8, 15, 14, 20), "GMT+03:00", 3),
                new Expected("06-missing-end-utc-minus-05.md", "Billing export stuck",
                        at(2023, 9, 12, 6, 40), null, "UTC-05", 3),
                new Expected("07-stray-fences-eet.md", "Cache cluster failover",
                        at(2023, 6, 20, 10, 0), at(2023, 6, 20, 11, 10), "EET", 4),
                new Expected("08-multi-day-midnight.txt", "Database migration overrun",
                        at(2023, 6, 10, 22, 0), at(2023, 6, 11, 1, 30), "UTC", 6),
                new Expected("09-us-numeric-date-12h.md", "Incident: Image uploads failing",
                        at(2023, 6, 10, 11, 0), at(2023, 6, 10, 14, 0), "EST", 4),
                // Tables: the timeline (a row per event, crossing midnight) and the key-value head with the date.
                new Expected("10-key-value-table-timeline-table-pst.md", "Postmortem: Checkout API returning 503s",
                        at(2024, 3, 5, 23, 40), at(2024, 3, 6, 1, 12), "PST", 6),
                // A Confluence export: table cells wrapped in paragraphs, named character references.
                new Expected("11-confluence-table-cet.html", "Sign-in failures",
                        at(2024, 3, 5, 14, 3), at(2024, 3, 5, 15, 41), "CET", 5),
                new Expected("12-iso-timestamps-date-label.md", "Container registry errors",
                        at(2024, 3, 5, 14, 3), at(2024, 3, 5, 14, 50), "UTC", 4),
                new Expected("13-french-hour-times.txt", "Panne des paiements / payments outage",
                        at(2024, 3, 12, 14, 3), at(2024, 3, 12, 16, 20), "CET", 4));
    }

    private static LocalDateTime at(int y, int mo, int d, int h, int mi) {
        return LocalDateTime.of(y, mo, d, h, mi);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void readsTitleWindowAndZone(Expected e) {
        PostmortemDocument doc = importFile(e.file()).document();
        assertThat(doc.title()).isEqualTo(e.title());
        assertThat(doc.window().start()).contains(e.start());
        assertThat(doc.window().end()).isEqualTo(Optional.ofNullable(e.end()));
        assertThat(doc.window().zone().map(ZoneLabel::text)).contains(e.zone());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void everyTimedEventIsReadInOrder(Expected e) {
        PostmortemDocument doc = importFile(e.file()).document();
        List<LocalDateTime> times = doc.timeline().stream().flatMap(i -> i.at().stream()).toList();
        assertThat(times).hasSize(e.timed());
        assertThat(times).isSorted();
        assertThat(times.get(0)).isAfterOrEqualTo(e.start());
        assertThat(doc.timeline()).extracting(TimelineItem::kind).contains(EntryKind.DETECTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void noSentenceIsLost(Expected e) {
        String input = PostmortemFixtures.resource("import/" + e.file());
        PostmortemDocument doc = importFile(e.file()).document();
        String corpus = normalise(new TextRenderer().render(doc));
        List<String> lost = new ArrayList<>();
        for (String sentence : sentences(input)) {
            if (!corpus.contains(normalise(sentence))) {
                lost.add(sentence);
            }
        }
        assertThat(lost).as("sentences missing from the imported document").isEmpty();
        assertThat(sentences(input)).hasSizeGreaterThanOrEqualTo(7);
    }

    // ---- how the test reads the input: structure lines aside, every sentence of prose ----

    private static final Pattern TAG = Pattern.compile("(?s)<head>.*?</head>|<th\\b.*?</th>|<[^>]+>");
    private static final Pattern STRUCTURE = Pattern.compile(
            "(?i)^(#.*|```.*|(summary|timeline|root cause and resolution|corrective and preventative measures"
                    + "|conclusion):?|duration\\s*:.*|\\**date\\**\\s*(:|-).*|all times \\w+\\.?)$");
    private static final Pattern LIST_MARKER = Pattern.compile("^(\\s*([-*+]|\\d{1,3}[.)])\\s+)+");
    private static final Pattern LEADING_TIME = Pattern.compile(
            "(?i)^(\\d{4}-\\d{2}-\\d{2}T)?\\d{1,2}([:h]\\d{2})?(:\\d{2})?Z?\\s?([ap]m)?\\s*[:\\-\u2013]\\s*");
    private static final Pattern OWNER_DUE = Pattern.compile("\\s*\\(owner:[^)]*\\)");

    static List<String> sentences(String input) {
        String text = HtmlFlattener.decodeEntities(TAG.matcher(input).replaceAll("\n"));
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> out = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            Optional<TableRow> row = TableRow.parse(line);
            if (row.isPresent()) {
                // A table's separator and header rows are structure; a row's time cell is its time.
                boolean header = i + 1 < lines.size() && TableRow.parse(lines.get(i + 1)).filter(TableRow::isSeparator)
                        .isPresent();
                if (row.get().isSeparator() || header || row.get().filled().isEmpty()) {
                    continue;
                }
                line = String.join(" - ", row.get().filled());
            }
            String l = line.replaceAll("\\*\\*|__", "").strip();
            if (STRUCTURE.matcher(l).matches()) {
                continue;
            }
            l = LIST_MARKER.matcher(l).replaceFirst("");
            l = LEADING_TIME.matcher(l).replaceFirst("");
            l = OWNER_DUE.matcher(l).replaceAll("");
            for (String s : l.split("(?<=[.!?])\\s+")) {
                if (!s.isBlank()) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    static String normalise(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    static ImportResult importFile(String name) {
        return new PostmortemImporter().importText(PostmortemFixtures.resource("import/" + name));
    }

    static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }
}
