package sitrep.incident.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sitrep.domain.SecretMask;
import org.junit.jupiter.api.io.TempDir;

class StorePasswordTest {

    @TempDir
    Path dir;

    private final StoreAddress address = StoreAddress.parse("postgresql://ana@db.example.com:5433/sitrep");

    @Test
    void settingsThenPgpasswordThenThePasswordFile() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, """
                # host:port:database:user:password
                other.example.com:*:*:*:wrong
                db.example.com:5433:sitrep:ana:from\\:file
                *:*:*:*:fallback
                """);
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Map<String, String> env = Map.of("PGPASSWORD", "from-env", "PGPASSFILE", pgpass.toString());
        assertThat(StorePassword.find(address, "from-settings", env)).isEqualTo("from-settings");
        assertThat(StorePassword.find(address, null, env)).isEqualTo("from-env");
        assertThat(StorePassword.find(address, null, Map.of("PGPASSFILE", pgpass.toString()))).isEqualTo("from:file");
        assertThat(StorePassword.find(StoreAddress.parse("postgresql://bo@elsewhere/x"), null,
                Map.of("PGPASSFILE", pgpass.toString()))).isEqualTo("fallback");
    }

    @Test
    void aPasswordFileOthersCanReadIsIgnoredAsLibpqDoes() throws Exception {
        Path pgpass = dir.resolve("pgpass");
        Files.writeString(pgpass, "*:*:*:*:secret\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(StorePassword.find(address, null, Map.of("PGPASSFILE", pgpass.toString()))).isNull();
    }

    @Test
    void noPasswordAnywhereIsNull() {
        assertThat(StorePassword.find(address, "", Map.of("HOME", dir.toString()))).isNull();
    }

    @Test
    void thePasswordFoundForAStoreIsMaskedInAllOutput() {
        String fromEnv = "env-pw-" + System.nanoTime();
        StoreAccess.resolve("postgresql://ana@db.example.com/sitrep", null, null, null, Map.of("PGPASSWORD", fromEnv));
        assertThat(SecretMask.mask("PGPASSWORD=" + fromEnv)).isEqualTo("PGPASSWORD=" + SecretMask.MASK);
    }

    @Test
    void everyPasswordTheEnvironmentHoldsIsKnownForMaskingWithoutConnecting() throws Exception {
        java.nio.file.Path pgpass = dir.resolve("pgpass");
        java.nio.file.Files.writeString(pgpass, "# team store\ndb.example.com:5432:sitrep:ana:S3cr3t\\:Pw\n"
                + "*:*:*:ops:other-pw\n\nbroken line\n");

        assertThat(StorePassword.every(java.util.Map.of("PGPASSFILE", pgpass.toString(), "PGPASSWORD", "env-pw")))
                .containsExactly("env-pw", "S3cr3t:Pw", "other-pw");
        assertThat(StorePassword.every(java.util.Map.of("PGPASSFILE", dir.resolve("none").toString()))).isEmpty();
    }
}
