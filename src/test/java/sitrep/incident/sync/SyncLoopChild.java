package sitrep.incident.sync;

import java.nio.file.Path;
import java.util.Map;
import sitrep.incident.IncidentFolder;

/**
 * A child JVM that keeps one incident folder in step as the console does (the same {@link SyncLoop}), until
 * it is killed. Arguments: incident folder, store URL; the password comes from PGPASSWORD.
 */
public final class SyncLoopChild {

    private SyncLoopChild() {
    }

    public static void main(String[] args) throws Exception {
        IncidentFolder folder = IncidentFolder.open(Path.of(args[0]));
        StoreAccess access = StoreAccess.resolve(args[1], null, null, null, Map.copyOf(System.getenv()));
        try (SyncLoop loop = SyncLoop.start(new Replicator(folder, access::connect), access, folder.journalDir(),
                status -> { })) {
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
