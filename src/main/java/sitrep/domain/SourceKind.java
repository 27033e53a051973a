package sitrep.domain;

/** What a source turned out to be; for status URLs this is detected from the response. */
public enum SourceKind {
    PROMETHEUS("prometheus"),
    ALERTMANAGER("alertmanager"),
    STATUSPAGE("statuspage"),
    ACTUATOR("actuator"),
    HEALTH_JSON("health+json"),
    HTTP("http");

    private final String code;

    SourceKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
