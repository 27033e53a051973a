package sitrep.source.status;

import java.util.List;
import sitrep.domain.ComponentStatus;
import sitrep.domain.HealthLevel;
import sitrep.domain.SourceKind;
import sitrep.domain.StatusIncident;

/** What one status document said, before it is stamped with time and latency. */
record StatusReading(SourceKind kind, HealthLevel level, String version, List<ComponentStatus> components,
                     List<StatusIncident> incidents, List<String> notes) {
}
