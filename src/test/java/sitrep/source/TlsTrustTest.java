package sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sitrep.source.prometheus.BuildInfo;
import sitrep.source.prometheus.PrometheusClient;

/** A Prometheus behind TLS with a private CA: trusted through the CA file, refused without it, or skipped explicitly. */
class TlsTrustTest extends MockServerTest {

    @TempDir
    static Path dir;

    private static SSLContext serverTls;


    @BeforeAll
    static void certificate() throws Exception {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Path store = dir.resolve("server.p12");
        run(keytool.toString(), "-genkeypair", "-alias", "prom", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit", "-keypass", "changeit");
        run(keytool.toString(), "-exportcert", "-rfc", "-alias", "prom", "-keystore", store.toString(),
                "-storepass", "changeit", "-file", dir.resolve("ca.pem").toString());
        KeyStore ks = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            ks.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "changeit".toCharArray());
        serverTls = SSLContext.getInstance("TLS");
        serverTls.init(kmf.getKeyManagers(), null, null);
    }

    private static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    @BeforeEach
    void https() {
        server.useHttps(serverTls.getSocketFactory());
        server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(Fixtures.drill("prom_buildinfo.json")).build());
    }

    private BuildInfo buildInfo(SourceConfig config) throws SourceError {
        return new PrometheusClient(new HttpFetcher(clients), config).buildInfo().value();
    }

    @Test
    void theCaFileMakesThePrivateCertificateTrusted() throws Exception {
        assertThat(buildInfo(config().withCaFile(dir.resolve("ca.pem"))).version()).isNotBlank();
    }

    @Test
    void withoutTheCaFileTheSourceFailsWithOneTlsLine() {
        SourceError e = catchThrowableOfType(SourceError.class, () -> buildInfo(config()));

        assertThat(e.kind()).isEqualTo(SourceError.Kind.TLS);
        assertThat(e.reason()).startsWith(server.url("/").toString().replaceAll("/$", ""))
                .doesNotContain("\n");
    }

    @Test
    void skippingVerificationIsPossibleOnlyWhenAskedFor() throws Exception {
        assertThat(buildInfo(config().withInsecure(true)).version()).isNotBlank();
    }

    @Test
    void aCaFileThatIsNotACertificateIsAClearError() throws Exception {
        Path junk = dir.resolve("junk.pem");
        Files.writeString(junk, "not a certificate");

        SourceError e = catchThrowableOfType(SourceError.class, () -> buildInfo(config().withCaFile(junk)));

        assertThat(e.kind()).isEqualTo(SourceError.Kind.TLS);
        assertThat(e.reason()).contains("cannot use CA file").contains("junk.pem");
    }

    @Test
    void aCaFileThatIsAFolderOrMissingIsNamedInWordsNotAsAJavaException() {
        SourceError folder = catchThrowableOfType(SourceError.class, () -> buildInfo(config().withCaFile(dir)));
        assertThat(folder.reason()).contains("cannot use CA file " + dir).doesNotContain("java.", "Exception");
        SourceError missing = catchThrowableOfType(SourceError.class,
                () -> buildInfo(config().withCaFile(dir.resolve("none.pem"))));
        assertThat(missing.reason()).endsWith("none.pem: no such file");
    }
}
