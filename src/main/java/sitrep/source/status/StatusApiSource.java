package sitrep.source.status;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.Request;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.domain.SourceSnapshot;
import sitrep.source.HttpAnswer;
import sitrep.source.HttpFetcher;
import sitrep.source.HttpFetcher.Timed;
import sitrep.source.SourceConfig;
import sitrep.source.SourceError;
import sitrep.source.StatusSource;

/**
 * A status URL of unknown kind. What it is comes from each response: Statuspage v2, Actuator health,
 * application/health+json, or else a plain HTTP check (any 2xx is operational). A JSON 503 is an answer
 * (an actuator or health+json saying DOWN/fail), not a transport error.
 */
public final class StatusApiSource implements StatusSource {

    private static final HttpFetcher.Accept DOWN_ANSWERS = (code, json) -> json && (code == 503 || code == 500);

    private final HttpFetcher fetcher;
    private final SourceConfig config;
    private final Clock clock;

    public StatusApiSource(HttpFetcher fetcher, SourceConfig config, Clock clock) {
        this.fetcher = fetcher;
        this.config = config;
        this.clock = clock;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public SourceSnapshot poll() throws SourceError {
        Request r = HttpFetcher.request(config, HttpFetcher.base(config))
                .header("Accept", "application/json, application/health+json;q=0.9, */*;q=0.1").get().build();
        Timed<StatusReading> t = fetcher.fetch(config, r, DOWN_ANSWERS, StatusApiSource::read);
        StatusReading s = t.value();
        return new SourceSnapshot(name(), s.kind(), clock.instant(), t.latency(), s.version(), s.level(),
                s.components(), List.of(), List.of(), s.incidents(), s.notes());
    }

    static StatusReading read(HttpAnswer answer) throws IOException {
        if (!answer.isJson() && !answer.startsLikeJsonObject()) {
            return plain(answer.code(), answer.mediaType().contains("html")
                    ? "answered with a web page, not a status API: only its HTTP status is checked"
                    : "answered with no JSON: only its HTTP status is checked");
        }
        JsonElement body = JsonParser.parseReader(answer.json());
        if (!body.isJsonObject()) {
            return plain(answer.code(), UNKNOWN_JSON);
        }
        var root = body.getAsJsonObject();
        if (HealthJsonFormat.matches(root, answer.mediaType())) {
            return HealthJsonFormat.read(root);
        }
        if (StatuspageFormat.matches(root)) {
            return StatuspageFormat.read(root);
        }
        if (root.get("status") != null && root.get("status").isJsonPrimitive()) {
            return ActuatorFormat.read(root);
        }
        Optional<StatusReading> flag = HealthFlagFormat.read(root);
        if (flag.isPresent()) {
            return flag.get();
        }
        return plain(answer.code(), UNKNOWN_JSON);
    }

    private static final String UNKNOWN_JSON = "answered with JSON in a shape Sitrep does not read (it reads Statuspage,"
            + " Instatus, Spring Boot Actuator, health+json, and a top-level healthy/ok/up flag): only its HTTP status"
            + " is checked";

    /**
     * Only the HTTP status, and said so: an answer Sitrep cannot read is not silently "operational" (a status page
     * in an unread format saying "major outage" with a 200 would otherwise read as fine).
     */
    private static StatusReading plain(int code, String why) {
        HealthLevel level = code >= 200 && code < 400 ? HealthLevel.OPERATIONAL : HealthLevel.MAJOR_OUTAGE;
        List<String> notes = new ArrayList<>();
        if (level != HealthLevel.OPERATIONAL) {
            notes.add("HTTP " + code);
        }
        notes.add(why);
        return new StatusReading(SourceKind.HTTP, level, null, List.of(), List.of(), notes);
    }
}
