package sitrep.postmortem;

import java.util.Objects;

/** An imported postmortem and the report of how it was read. */
public record ImportResult(PostmortemDocument document, ImportReport report) {

    public ImportResult {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(report, "report");
    }
}
