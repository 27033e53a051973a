package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** incidents, join and sync say a store that cannot be reached the same way, in one line, exit 1. */
class StoreFailureLineTest {

    /** Nothing listens on port 1 of the loopback: the connection is refused at once. */
    private static final String NO_STORE = "postgresql://sitrep@127.0.0.1:1/sitrep";

    @TempDir
    Path dir;

    private final InProcessCli cli = new InProcessCli();

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--config";
        all[1] = dir.resolve("settings.json").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    @Test
    void anUnreachableStoreIsOneLineNamingItsAddressWithoutAPassword() {
        String inc = dir.resolve("inc").toString();
        assertThat(run("note", "--incident", inc, "--author", "ana", "first")).as(cli.err()).isZero();
        String[][] commands = {{"incidents", "--store", NO_STORE},
            {"join", "--store", NO_STORE, "--incident", dir.resolve("joined").toString(), "some-id"},
            {"sync", "--store", NO_STORE, "--incident", inc}};
        for (String[] c : commands) {
            assertThat(run(c)).as(c[0] + ": " + cli.err()).isEqualTo(1);
            assertThat(cli.err()).as(c[0]).startsWith("sitrep: the store ").contains(" is unreachable: ")
                    .hasLineCount(1);
        }
        assertThat(cli.err()).endsWith("; 1 record waiting, all kept on this disk" + System.lineSeparator());
    }
}
