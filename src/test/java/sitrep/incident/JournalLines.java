package sitrep.incident;

/** For tests and benchmarks outside this package: a record as its journal line, exactly as appended. */
public final class JournalLines {

    private JournalLines() {
    }

    public static String of(JournalRecord record) {
        return JournalCodec.encode(record);
    }
}
