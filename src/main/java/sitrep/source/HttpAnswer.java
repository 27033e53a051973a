package sitrep.source;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.Response;
import okio.BufferedSource;
import okio.Okio;

/**
 * A response whose headers have arrived; its body can be read once, either streamed as JSON or as a
 * short text. Both go through the size cap.
 */
public final class HttpAnswer {

    private final Response response;
    private final CappedSource capped;
    private final BufferedSource body;

    HttpAnswer(Response response, long cap) {
        this.response = response;
        this.capped = new CappedSource(response.body().source(), cap);
        this.body = Okio.buffer(capped);
    }

    public int code() {
        return response.code();
    }

    public boolean isSuccessful() {
        return response.isSuccessful();
    }

    /** The media type without parameters, lower case ("application/health+json"), or "" when absent. */
    public String mediaType() {
        MediaType mt = response.body().contentType();
        return mt == null ? "" : mt.type() + "/" + mt.subtype();
    }

    public boolean isJson() {
        String mt = mediaType();
        return mt.equals("application/json") || mt.endsWith("+json");
    }

    /** Whether the body's first non-blank byte opens a JSON object: for JSON served as text/plain. */
    public boolean startsLikeJsonObject() throws IOException {
        BufferedSource peek = body.peek();
        for (int i = 0; i < 64 && peek.request(1); i++) {
            byte b = peek.readByte();
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return b == '{';
            }
        }
        return false;
    }

    public String header(String name) {
        return response.header(name);
    }

    /** The declared length, or -1 when the server streams without one. */
    public long contentLength() {
        return response.body().contentLength();
    }

    /** A lenient-off JSON reader streaming straight from the network, so no body is ever held as a String. */
    public JsonReader json() {
        return new JsonReader(new InputStreamReader(body.inputStream(), StandardCharsets.UTF_8));
    }

    /** Up to {@code maxBytes} of the body as text: for error pages and short plain answers only. */
    public String text(long maxBytes) throws IOException {
        body.request(maxBytes);
        long n = Math.min(maxBytes, body.getBuffer().size());
        return body.readString(n, StandardCharsets.UTF_8);
    }

    long bytesRead() {
        return capped.bytesRead();
    }
}
