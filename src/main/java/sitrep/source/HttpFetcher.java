package sitrep.source;

import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one way every client talks HTTP: adds authentication and headers, times the round trip, streams
 * the body through a size cap into a handler, and turns every failure into a one-line {@link SourceError}
 * (see {@link FailureReasons}). Closes every response.
 */
public final class HttpFetcher {

    public static final long DEFAULT_BODY_CAP = 32L * 1024 * 1024;
    static final int MAX_REDIRECTS = 5;

    /** Reads an answer whose status was accepted. May throw Gson's exceptions and {@link JsonShapeException}. */
    @FunctionalInterface
    public interface Handler<T> {
        T handle(HttpAnswer answer) throws IOException;
    }

    /** Which non-2xx statuses carry an answer the handler understands (for example an actuator's 503 DOWN). */
    @FunctionalInterface
    public interface Accept {
        boolean accepts(int code, boolean json);

        Accept SUCCESS_ONLY = (code, json) -> false;
    }

    /** A handled answer and how long the server took to send its headers. */
    public record Timed<T>(T value, Duration latency, int code) {
    }

    private final HttpClients clients;
    private final long bodyCap;

    public HttpFetcher(HttpClients clients) {
        this(clients, DEFAULT_BODY_CAP);
    }

    public HttpFetcher(HttpClients clients, long bodyCap) {
        this.clients = clients;
        this.bodyCap = bodyCap;
    }

    /** The source's base URL with API path segments appended (keeps a prefix such as /prometheus). */
    public static HttpUrl endpoint(SourceConfig config, String pathSegments) {
        HttpUrl base = HttpUrl.get(config.url().uri().toString());
        return base.newBuilder().addPathSegments(pathSegments).build();
    }

    public static HttpUrl base(SourceConfig config) {
        return HttpUrl.get(config.url().uri().toString());
    }

    /** A request builder carrying the source's authentication, extra headers and gzip choice. */
    public static Request.Builder request(SourceConfig config, HttpUrl url) {
        Request.Builder b = new Request.Builder().url(url);
        if (config.auth() instanceof SourceConfig.Bearer bearer) {
            b.header("Authorization", "Bearer " + bearer.token());
        } else if (config.auth() instanceof SourceConfig.Basic basic) {
            b.header("Authorization", Credentials.basic(basic.user(), basic.password(), StandardCharsets.UTF_8));
        }
        config.headers().forEach(b::header);
        if (!config.gzip()) {
            // OkHttp asks for gzip on its own; naming identity explicitly switches that off.
            b.header("Accept-Encoding", "identity");
        }
        return b;
    }

    /**
     * Executes the request and follows redirects itself (the client does not), so that credentials and the
     * source's custom headers go only to the origin the user configured: a redirect to another scheme, host
     * or port is followed without them.
     */
    private static Response follow(SourceConfig config, OkHttpClient client, FailureReasons reasons, Request first)
            throws SourceError {
        Request request = first;
        for (int hop = 0; ; hop++) {
            Response response;
            try {
                response = client.newCall(request).execute();
            } catch (IOException e) {
                throw reasons.beforeHeaders(e);
            }
            String location = response.isRedirect() ? response.header("Location") : null;
            HttpUrl next = location == null ? null : response.request().url().resolve(location);
            if (next == null) {
                return response;
            }
            response.close();
            if (hop >= MAX_REDIRECTS) {
                throw reasons.tooManyRedirects(MAX_REDIRECTS);
            }
            request = redirected(config, first, request, next, response.code());
        }
    }

    static Request redirected(SourceConfig config, Request first, Request current, HttpUrl next, int code) {
        Request.Builder b = current.newBuilder().url(next);
        if (code == 303 && !current.method().equals("GET") && !current.method().equals("HEAD")) {
            b.method("GET", null);
        }
        if (!sameOrigin(first.url(), next)) {
            b.removeHeader("Authorization");
            b.removeHeader("Cookie");
            config.headers().keySet().forEach(b::removeHeader);
        }
        return b.build();
    }

    static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return a.scheme().equals(b.scheme()) && a.host().equalsIgnoreCase(b.host()) && a.port() == b.port();
    }

    public <T> Timed<T> fetch(SourceConfig config, Request request, Accept accept, Handler<T> handler)
            throws SourceError {
        OkHttpClient client = clients.clientFor(config);
        FailureReasons reasons = new FailureReasons(config.name(), client);
        long started = System.nanoTime();
        Response response = follow(config, client, reasons, request);
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        try (response) {
            HttpAnswer answer = new HttpAnswer(response, bodyCap);
            long declared = answer.contentLength();
            if (declared > bodyCap) {
                throw reasons.tooLarge(bodyCap);
            }
            boolean accepted = answer.isSuccessful() || accept.accepts(answer.code(), answer.isJson());
            if (!accepted) {
                throw reasons.status(answer);
            }
            try {
                return new Timed<>(handler.handle(answer), latency, answer.code());
            } catch (IOException e) {
                throw reasons.inBody(e, answer.bytesRead(), declared);
            } catch (JsonParseException e) {
                throw reasons.jsonLibrary(e, answer.bytesRead(), declared);
            } catch (JsonShapeException | IllegalStateException | NumberFormatException
                     | UnsupportedOperationException e) {
                throw reasons.shape(e);
            }
        } catch (IOException e) {
            // Reading the short body of an error page failed.
            throw reasons.inBody(e, 0, -1);
        }
    }
}
