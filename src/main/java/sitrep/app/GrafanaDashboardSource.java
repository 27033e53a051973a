package sitrep.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import sitrep.domain.SourceUrl;
import sitrep.source.HttpClients;
import sitrep.source.HttpFetcher;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;

/**
 * Where an imported dashboard's JSON comes from: a file, or a Grafana server's
 * {@code /api/dashboards/uid/UID} (a dashboard's page URL {@code /d/UID/slug} is read through that API),
 * with the per-source options saved for that server (bearer token, headers, CA file).
 */
final class GrafanaDashboardSource {

    private static final Pattern PAGE = Pattern.compile("^(.*?)/d/([^/?#]+)");
    private static final Pattern API = Pattern.compile("^(.*?)/api/dashboards/uid/([^/?#]+)");

    /** The JSON and, for a server, its base URL (to link panels back to it). */
    record Fetched(String json, String grafanaBase) {
    }

    private GrafanaDashboardSource() {
    }

    static boolean isUrl(String where) {
        return where.startsWith("http://") || where.startsWith("https://");
    }

    static Fetched read(String where, Map<String, SourceOptions> options) throws IOException, SourceError {
        return isUrl(where) ? fromServer(where, options) : new Fetched(fromFile(Path.of(where)), null);
    }

    private static String fromFile(Path file) throws IOException {
        return InputFile.readUtf8(file);
    }

    private static Fetched fromServer(String where, Map<String, SourceOptions> saved) throws SourceError {
        SourceUrl url = SourceUrl.parse(where);
        String text = url.toString();
        Matcher page = PAGE.matcher(text);
        Matcher api = API.matcher(text);
        String base;
        String apiUrl;
        if (api.find()) {
            base = api.group(1);
            apiUrl = text;
        } else if (page.find()) {
            base = page.group(1);
            apiUrl = base + "/api/dashboards/uid/" + page.group(2);
        } else {
            throw new IllegalArgumentException("'" + where + "' is not a Grafana dashboard URL"
                    + " (expected .../api/dashboards/uid/UID or .../d/UID/name)");
        }
        SourceConfig config = SourceOptions.configFor(SourceUrl.parse(optionsKey(base, text, saved)), saved);
        config = withUrl(config, SourceUrl.parse(apiUrl));
        HttpClients clients = HttpClients.withDefaults();
        try {
            Request r = HttpFetcher.request(config, HttpUrl.get(apiUrl)).header("Accept", "application/json")
                    .get().build();
            String json = new HttpFetcher(clients).fetch(config, r, HttpFetcher.Accept.SUCCESS_ONLY,
                    a -> a.text(HttpFetcher.DEFAULT_BODY_CAP)).value();
            return new Fetched(json, base);
        } finally {
            clients.close();
        }
    }

    /** The saved source whose URL is the longest prefix of the dashboard's, else the server's base. */
    private static String optionsKey(String base, String full, Map<String, SourceOptions> saved) {
        return saved.keySet().stream().filter(k -> full.startsWith(k.endsWith("/") ? k : k + "/") || full.equals(k))
                .max(Comparator.comparingInt(String::length)).orElse(base);
    }

    private static SourceConfig withUrl(SourceConfig c, SourceUrl url) {
        return new SourceConfig(url, c.auth(), c.headers(), c.caFile(), c.insecure(), c.gzip(), c.interval());
    }
}
