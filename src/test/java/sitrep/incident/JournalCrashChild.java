package sitrep.incident;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import sitrep.domain.EntryKind;

/**
 * A responder in a separate JVM for the reliability tests: appends notes "PREFIX-0", "PREFIX-1", ...
 * and prints "ACK PREFIX-i" only after each append returned (the record is forced to disk).
 * Arguments: journalDir author prefix [count].
 */
public final class JournalCrashChild {

    private JournalCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String author = args[1];
        String prefix = args[2];
        int count = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
        try (IncidentJournal journal = IncidentJournal.open(dir, author)) {
            System.out.println("READY " + journal.file().getFileName());
            System.out.flush();
            for (int i = 0; i < count; i++) {
                String text = prefix + "-" + i;
                Instant now = Instant.now();
                journal.append(JournalRecord.added(JournalRecord.newId(), author, now, now, EntryKind.NOTE, text, Map.of()));
                System.out.println("ACK " + text);
                System.out.flush();
            }
        }
    }

    /** Starts a child JVM tuned for a quick start; stderr is discarded, stdout is the ack channel. */
    static Process start(Path dir, String author, String prefix, Integer count) throws java.io.IOException {
        java.util.List<String> cmd = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-Xmx64m",
                "-cp", System.getProperty("java.class.path"), JournalCrashChild.class.getName(),
                dir.toString(), author, prefix));
        if (count != null) {
            cmd.add(String.valueOf(count));
        }
        return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
