package sitrep.incident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The incident folders opened lately, most recent first, without duplicates and at most {@link #LIMIT}.
 * A value: the settings keep it as a list of paths, the console shows it in the File menu.
 */
public record RecentIncidents(List<Path> folders) {

    public static final int LIMIT = 10;

    public RecentIncidents {
        folders = List.copyOf(folders);
    }

    public static RecentIncidents empty() {
        return new RecentIncidents(List.of());
    }

    public static RecentIncidents ofStrings(List<String> paths) {
        RecentIncidents r = empty();
        for (int i = paths.size() - 1; i >= 0; i--) {
            r = r.opened(Path.of(paths.get(i)));
        }
        return r;
    }

    /** The list after opening {@code folder}: it moves to the front, the oldest falls off past the limit. */
    public RecentIncidents opened(Path folder) {
        Path key = folder.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>();
        next.add(key);
        for (Path p : folders) {
            if (!p.equals(key) && next.size() < LIMIT) {
                next.add(p);
            }
        }
        return new RecentIncidents(next);
    }

    /** Only the folders that still hold an incident (a share may be unmounted, a folder deleted). */
    public List<Path> existing() {
        return folders.stream().filter(p -> Files.isRegularFile(p.resolve(IncidentFolder.INCIDENT_FILE))).toList();
    }

    public List<String> asStrings() {
        return folders.stream().map(Path::toString).toList();
    }
}
