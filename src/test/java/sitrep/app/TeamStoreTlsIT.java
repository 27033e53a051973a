package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.incident.sync.PostgresCluster;

/**
 * The store over TLS with certificate verification (sslmode=verify-full and a CA file), as the README
 * recommends: the right CA connects, another CA or a name the certificate does not carry is refused in
 * one line.
 */
class TeamStoreTlsIT {

    @TempDir
    Path dir;

    @Test
    void verifyFullConnectsWithTheRightCaAndRefusesAnyOther() throws Exception {
        Path ca = dir.resolve("ca.pem");
        Path otherCa = dir.resolve("other-ca.pem");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("ca.key").toString(), "-out",
                ca.toString(), "-days", "2", "-subj", "/CN=Sitrep test CA");
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("other.key").toString(), "-out",
                otherCa.toString(), "-days", "2", "-subj", "/CN=Someone else's CA");
        openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", dir.resolve("server.key").toString(), "-out",
                dir.resolve("server.csr").toString(), "-subj", "/CN=localhost");
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost\n");
        openssl("x509", "-req", "-in", dir.resolve("server.csr").toString(), "-CA", ca.toString(), "-CAkey",
                dir.resolve("ca.key").toString(), "-CAcreateserial", "-out", dir.resolve("server.pem").toString(),
                "-days", "2", "-extfile", dir.resolve("san.ext").toString());

        try (PostgresCluster cluster = PostgresCluster.start()) {
            cluster.enableTls(dir.resolve("server.pem"), dir.resolve("server.key"));
            PostgresCluster.Database db = cluster.newDatabase();
            Path config = dir.resolve("settings.json");
            Files.writeString(config, "{\"teamStore\": {\"password\": \"" + db.password() + "\"}}");
            InProcessCli cli = new InProcessCli();
            Path incident = dir.resolve("inc");
            assertThat(cli.run("--config", config.toString(), "note", "--incident", incident.toString(), "--author",
                    "ana", "hello")).isZero();

            String good = "postgresql://" + db.user() + "@localhost:" + cluster.port() + "/" + db.name()
                    + "?sslmode=verify-full&sslrootcert=" + ca;
            assertThat(cli.run("--config", config.toString(), "sync", "--incident", incident.toString(), "--store", good))
                    .as(cli.err()).isZero();
            assertThat(cli.out()).startsWith("pushed 1 record,");
            String wrongCa = "postgresql://" + db.user() + "@localhost:" + cluster.port() + "/" + db.name()
                    + "?sslmode=verify-full&sslrootcert=" + otherCa;
            assertThat(cli.run("--config", config.toString(), "sync", "--incident", incident.toString(), "--store",
                    wrongCa)).isEqualTo(1);
            assertThat(cli.err().strip()).doesNotContain("\n").contains("TLS failed")
                    .contains("not signed by the CA in the CA file").doesNotContain("sun.").doesNotContain("Exception");

            String wrongName = "postgresql://" + db.user() + "@127.0.0.1:" + cluster.port() + "/" + db.name()
                    + "?sslmode=verify-full&sslrootcert=" + ca;
            assertThat(cli.run("--config", config.toString(), "sync", "--incident", incident.toString(), "--store",
                    wrongName)).isEqualTo(1);
            assertThat(cli.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                    .contains("TLS failed: the server's certificate does not name host 127.0.0.1");
        }
    }

    private void openssl(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("openssl"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("openssl.log"))).isZero();
    }
}
