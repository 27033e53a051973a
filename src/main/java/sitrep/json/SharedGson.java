package sitrep.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/**
 * The project's one Gson configuration. Gson instances are immutable and thread-safe, so every reader and
 * writer shares these instead of building its own. HTML escaping is off everywhere: Sitrep writes JSON for
 * files, a terminal and other programs, never into a web page, and {@code <} or {@code =} escaped as
 * {@code \u003c} only make journals and exports harder to read. The variants differ only in layout
 * (pretty for files a person opens) and in whether absent fields are written as {@code null} (for answers a
 * script reads by field name).
 */
public final class SharedGson {

    /** One line, absent fields left out: journal lines, hints, markers, and every read. */
    public static final Gson COMPACT = new GsonBuilder().disableHtmlEscaping().create();
    /** Indented: settings, incident.json and exports a person opens. */
    public static final Gson PRETTY = COMPACT.newBuilder().setPrettyPrinting().create();
    /** One line with absent fields as null. */
    public static final Gson COMPACT_WITH_NULLS = COMPACT.newBuilder().serializeNulls().create();
    /** Indented with absent fields as null. */
    public static final Gson PRETTY_WITH_NULLS = PRETTY.newBuilder().serializeNulls().create();

    private SharedGson() {
    }
}
