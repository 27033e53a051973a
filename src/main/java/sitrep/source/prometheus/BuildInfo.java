package sitrep.source.prometheus;

/** /api/v1/status/buildinfo: what the server says it is. Fields a server leaves out are empty strings. */
public record BuildInfo(String version, String revision, String branch, String goVersion) {
}
