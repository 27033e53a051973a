package sitrep.incident;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a whole journal folder once: every responder's records merged in one deterministic order. */
public final class JournalReplay {

    private JournalReplay() {
    }

    /**
     * @param records  every valid record of every file, in {@link Journaled#ORDER}
     * @param warnings every skipped line, including incomplete last lines
     */
    public record Result(List<Journaled> records, List<ReplayWarning> warnings) {
        public Result {
            records = List.copyOf(records);
            warnings = List.copyOf(warnings);
        }
    }

    public static Result replay(Path journalDir) throws IOException {
        JournalBatch batch = new JournalReader(journalDir).readNew();
        List<ReplayWarning> warnings = new ArrayList<>(batch.warnings());
        warnings.addAll(batch.incompleteTails());
        return new Result(batch.records(), warnings);
    }
}
