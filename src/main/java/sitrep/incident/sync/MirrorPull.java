package sitrep.incident.sync;

import com.google.gson.Gson;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import sitrep.json.SharedGson;

/**
 * Brings one mirror up to its store journal. A row that cannot be copied faithfully (its digest does not
 * match its content, it holds a line break, or it is missing below the journal's line count) is reported
 * and replaced in the mirror by a placeholder line that replay skips with a warning, so line numbers stay
 * aligned with the original and replay is never broken by it.
 */
final class MirrorPull {

    private static final System.Logger LOG = System.getLogger(MirrorPull.class.getName());
    private static final Gson GSON = SharedGson.COMPACT;

    private final TeamStore store;
    private final UUID incident;
    private final TeamStore.StoredJournal journal;
    private final MirrorFile mirror;
    private final List<String> problems;

    MirrorPull(TeamStore store, UUID incident, TeamStore.StoredJournal journal, MirrorFile mirror, List<String> problems) {
        this.store = store;
        this.incident = incident;
        this.journal = journal;
        this.mirror = mirror;
        this.problems = problems;
    }

    /**
     * Checks the mirror's last line against the store's copy; false (and a loud problem) when they differ:
     * a record with the same key and other content is never overwritten.
     */
    boolean verify() throws StoreException, IOException {
        long have = mirror.lines();
        if (have == 0) {
            return true;
        }
        String theirs = store.digest(incident, journal.name(), have);
        if (theirs == null) {
            return true;
        }
        List<String> mine = new LineTail(mirror.file()).linesFrom(have, 1);
        if (!mine.isEmpty() && !theirs.equals(LineDigest.of(mine.get(0))) && !isPlaceholder(mine.get(0))) {
            String why = new JournalConflict(journal.name(), have).getMessage();
            LOG.log(Level.ERROR, why);
            problems.add(why);
            return false;
        }
        return true;
    }

    /** Appends every stored line the mirror lacks; returns how many lines were added. */
    long catchUp(int batch) throws StoreException, IOException {
        return catchUp(batch, Long.MAX_VALUE);
    }

    /**
     * Appends stored lines the mirror lacks, stopping before the bytes added would pass {@code byteBudget}
     * (the evidence cap); returns how many lines were added.
     */
    long catchUp(int batch, long byteBudget) throws StoreException, IOException {
        long have = mirror.lines();
        long start = have;
        long budget = byteBudget;
        while (have < journal.lines() && budget > 0) {
            List<TeamStore.StoredLine> rows = store.lines(incident, journal.name(), have, batch);
            List<String> out = new ArrayList<>(rows.size());
            for (TeamStore.StoredLine row : rows) {
                while (row.line() > have + out.size() + 1) {
                    out.add(placeholder(have + out.size() + 1, "missing from the store"));
                }
                out.add(faithful(row));
            }
            if (rows.isEmpty()) {
                // Rows deleted below the journal's count: nobody will push them again.
                for (long n = have + 1; n <= journal.lines() && out.size() < batch; n++) {
                    out.add(placeholder(n, "missing from the store"));
                }
            }
            int fit = 0;
            for (String line : out) {
                long bytes = line.getBytes(StandardCharsets.UTF_8).length + 1L;
                if (bytes > budget) {
                    budget = 0;
                    break;
                }
                budget -= bytes;
                fit++;
            }
            if (fit < out.size()) {
                out = out.subList(0, fit);
                problems.add("the evidence cap is reached: " + journal.name() + " is copied up to line " + (have + fit)
                        + "; raise the evidence cap to copy the rest");
            }
            mirror.append(out);
            have += out.size();
            if (out.isEmpty()) {
                break;
            }
        }
        return have - start;
    }

    private String faithful(TeamStore.StoredLine row) {
        String content = row.content();
        if (content == null || content.indexOf('\n') >= 0) {
            return placeholder(row.line(), "it holds a line break");
        }
        if (!LineDigest.of(content).equals(row.digest())) {
            return placeholder(row.line(), "its content does not match its digest (altered in the store)");
        }
        return content;
    }

    private String placeholder(long line, String why) {
        String problem = "line " + line + " of journal " + journal.name() + " in the store is unreadable: " + why
                + "; skipped";
        LOG.log(Level.WARNING, problem);
        problems.add(problem);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("v", 1);
        m.put("type", PLACEHOLDER_TYPE);
        m.put("journal", journal.name());
        m.put("line", line);
        m.put("problem", why);
        return GSON.toJson(m);
    }

    /** The record type of a placeholder; replay does not know it and skips the line with a warning. */
    static final String PLACEHOLDER_TYPE = "store.unreadable";

    private static boolean isPlaceholder(String line) {
        return line.contains("\"type\":\"" + PLACEHOLDER_TYPE + "\"");
    }
}
