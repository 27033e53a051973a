package sitrep.panels.grafana;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Grafana's "advanced variable format options" ({@code ${var:csv}} and the rest) and the Prometheus
 * datasource's default interpolation, value for value as Grafana documents them.
 */
final class VariableFormat {

    private VariableFormat() {
    }

    /** The Prometheus datasource's own formatting, used when no format is named. */
    static String prometheusDefault(VariableValue v) {
        if (v.customAll() != null) {
            return v.customAll();
        }
        if (!v.multiOrAll()) {
            return v.values().isEmpty() ? "" : regularEscape(v.values().get(0));
        }
        List<String> escaped = v.values().stream().map(VariableFormat::promRegexEscape).toList();
        return escaped.size() == 1 ? escaped.get(0) : "(" + String.join("|", escaped) + ")";
    }

    /** {@code ${var:format}}; an unknown format falls back to glob, as Grafana's does. */
    static String format(VariableValue v, String format) {
        String f = format.toLowerCase(Locale.ROOT);
        if (v.customAll() != null && !f.equals("text") && !f.equals("percentencode") && !f.equals("queryparam")) {
            // Grafana never formats a custom all value, except for these three.
            return v.customAll();
        }
        List<String> values = v.customAll() != null ? List.of(v.customAll()) : v.values();
        boolean single = values.size() == 1;
        return switch (f) {
            case "csv", "raw" -> String.join(",", values);
            case "pipe" -> String.join("|", values);
            case "regex" -> single ? regexEscape(values.get(0))
                    : "(" + values.stream().map(VariableFormat::regexEscape).collect(Collectors.joining("|")) + ")";
            case "json" -> single ? jsonString(values.get(0))
                    : "[" + values.stream().map(VariableFormat::jsonString).collect(Collectors.joining(",")) + "]";
            case "doublequote" -> values.stream().map(s -> "\"" + s.replace("\"", "\\\"") + "\"")
                    .collect(Collectors.joining(","));
            case "singlequote" -> values.stream().map(s -> "'" + s.replace("'", "\\'") + "'")
                    .collect(Collectors.joining(","));
            case "sqlstring" -> values.stream().map(s -> "'" + s.replace("'", "''") + "'")
                    .collect(Collectors.joining(","));
            case "lucene" -> single ? luceneEscape(values.get(0))
                    : "(" + values.stream().map(s -> "\"" + luceneEscape(s) + "\"")
                    .collect(Collectors.joining(" OR ")) + ")";
            case "distributed" -> distributed(v.name(), values);
            case "text" -> v.all() ? "All" : String.join(" + ", values);
            case "percentencode" -> percentEncode(single ? values.get(0) : "{" + String.join(",", values) + "}");
            case "queryparam" -> values.stream().map(s -> "var-" + percentEncode(v.name()) + "=" + percentEncode(s))
                    .collect(Collectors.joining("&"));
            default -> single ? values.get(0) : "{" + String.join(",", values) + "}";
        };
    }

    /** In a Prometheus string: backslash and single quote. */
    static String regularEscape(String s) {
        return s.replace("\\", "\\\\").replace("'", "\\\\'");
    }

    /** A value inside {@code =~"..."}: regex metacharacters escaped for the regex and again for the string. */
    static String promRegexEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\\') {
                b.append("\\\\\\\\");
            } else if ("$^*{}[]'+?.()|".indexOf(c) >= 0) {
                b.append("\\\\").append(c);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Grafana's {@code escapeRegex}: one backslash before each metacharacter. */
    static String regexEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("-[]/{}()*+?.\\^$|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String luceneEscape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("+-&|!(){}[]^\"~*?:\\/ ".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        return b.toString();
    }

    private static String distributed(String name, List<String> values) {
        StringBuilder b = new StringBuilder(values.isEmpty() ? "" : values.get(0));
        for (int i = 1; i < values.size(); i++) {
            b.append(',').append(name).append('=').append(values.get(i));
        }
        return b.toString();
    }

    private static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /** Grafana's strict encodeURIComponent: only A-Z a-z 0-9 - _ . ~ stay ("foo()" is "foo%28%29"). */
    static String percentEncode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }
}
