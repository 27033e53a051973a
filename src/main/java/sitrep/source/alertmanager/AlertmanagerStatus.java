package sitrep.source.alertmanager;

import java.time.Instant;

/** /api/v2/status: the version, the cluster state (ready, settling, disabled) and when it started. */
public record AlertmanagerStatus(String version, String clusterStatus, Instant uptime) {
}
