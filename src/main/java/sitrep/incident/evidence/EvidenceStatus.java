package sitrep.incident.evidence;

import java.nio.file.Path;

/**
 * How recording goes, for the status bar and the settings dialog.
 *
 * @param usedBytes the size of the whole evidence folder, this session included
 * @param problem   null while recording; otherwise why it stopped (cap reached, write failed, closed)
 */
public record EvidenceStatus(Path file, long usedBytes, long capBytes, String problem) {

    public boolean recording() {
        return problem == null;
    }
}
