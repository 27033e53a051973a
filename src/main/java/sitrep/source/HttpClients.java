package sitrep.source;

import sitrep.domain.LibraryText;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/**
 * The one OkHttpClient of the process and its TLS variants. Variants come from {@code newBuilder()} so
 * they share the connection pool and dispatcher; they are cached per (CA file, insecure) pair.
 */
public final class HttpClients {

    private static final System.Logger LOG = System.getLogger(HttpClients.class.getName());

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    /** Connect, headers and the whole body: a server trickling a byte a second cannot hold a call longer. */
    public static final Duration DEFAULT_TOTAL_DEADLINE = Duration.ofSeconds(20);

    private record TlsKey(Path caFile, boolean insecure) {
    }

    /** Builds the shared client; a drill never makes a request, so its start-up never pays for OkHttp's TLS setup. */
    private final Supplier<OkHttpClient> factory;
    private OkHttpClient shared;
    private final Map<TlsKey, OkHttpClient> variants = new ConcurrentHashMap<>();

    public HttpClients(OkHttpClient shared) {
        this.shared = shared;
        this.factory = () -> shared;
    }

    private HttpClients(Supplier<OkHttpClient> factory) {
        this.factory = factory;
    }

    /** A client with the default timeouts: connect 3 s, read 10 s, the whole call 20 s. */
    public static HttpClients withDefaults() {
        return withTimeouts(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_TOTAL_DEADLINE);
    }

    /** With a total deadline of connect plus twice the read timeout. */
    public static HttpClients withTimeouts(Duration connect, Duration read) {
        return withTimeouts(connect, read, connect.plus(read).plus(read));
    }

    /**
     * @param total the deadline of a whole call: connect, headers and body (OkHttp's call timeout); redirects
     *              are not followed by OkHttp but by {@link HttpFetcher}, which strips credentials and custom
     *              headers when a redirect leaves the origin
     */
    public static HttpClients withTimeouts(Duration connect, Duration read, Duration total) {
        return new HttpClients(() -> new OkHttpClient.Builder()
                .connectTimeout(connect)
                .readTimeout(read)
                .writeTimeout(read)
                .callTimeout(total)
                .followRedirects(false)
                .followSslRedirects(false)
                .build());
    }

    /** The shared client, built on first use (its trust store load alone loads some 500 classes). */
    public synchronized OkHttpClient shared() {
        if (shared == null) {
            shared = factory.get();
        }
        return shared;
    }

    /** The client to use for this source: the shared one unless it asks for its own trust. */
    OkHttpClient clientFor(SourceConfig config) throws SourceError {
        if (config.caFile() == null && !config.insecure()) {
            return shared();
        }
        TlsKey key = new TlsKey(config.caFile(), config.insecure());
        OkHttpClient c = variants.get(key);
        if (c == null) {
            c = build(config);
            variants.putIfAbsent(key, c);
        }
        return c;
    }

    private OkHttpClient build(SourceConfig config) throws SourceError {
        try {
            X509TrustManager trust = config.insecure() ? new TrustEverything() : trustFrom(config.caFile());
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {trust}, null);
            OkHttpClient.Builder b = shared().newBuilder().sslSocketFactory(ctx.getSocketFactory(), trust);
            if (config.insecure()) {
                LOG.log(Level.WARNING, "TLS verification is OFF for " + config.name()
                        + ": its certificate and host name are not checked");
                b.hostnameVerifier((host, session) -> true);
            }
            return b.build();
        } catch (IOException | GeneralSecurityException e) {
            throw new SourceError(config.name(), SourceError.Kind.TLS,
                    "cannot use CA file " + config.caFile() + ": " + caProblem(e));
        }
    }

    private static String caProblem(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return LibraryText.plain(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
    }

    private static X509TrustManager trustFrom(Path caFile) throws IOException, GeneralSecurityException {
        Collection<? extends Certificate> certs;
        try (InputStream in = Files.newInputStream(caFile)) {
            certs = CertificateFactory.getInstance("X.509").generateCertificates(in);
        }
        if (certs.isEmpty()) {
            throw new GeneralSecurityException("no PEM certificate in it");
        }
        KeyStore ks = KeyStore.getInstance(KeyStore.getDefaultType());
        ks.load(null, null);
        int i = 0;
        for (Certificate c : certs) {
            ks.setCertificateEntry("ca-" + i++, c);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        for (TrustManager tm : tmf.getTrustManagers()) {
            if (tm instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new GeneralSecurityException("no X.509 trust manager available");
    }

    /** Only ever used when the user turned verification off for a source, which is logged. */
    private static final class TrustEverything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
            // Accepting every chain is the point of the explicit insecure switch.
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
            // Accepting every chain is the point of the explicit insecure switch.
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    /** Stops the dispatcher and closes pooled connections; for the end of the process or of a CLI run. */
    public synchronized void close() {
        if (shared == null) {
            return;
        }
        shared.dispatcher().executorService().shutdown();
        shared.connectionPool().evictAll();
    }
}
