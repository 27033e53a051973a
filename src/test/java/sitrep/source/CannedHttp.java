package sitrep.source;

import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Response;
import okhttp3.ResponseBody;
import sitrep.domain.SourceUrl;

/**
 * The project's real HTTP stack (fetcher, size cap, failure reasons, decoders) answering every call with
 * one canned response and no network at all: fast enough for fuzzing thousands of bodies a second.
 */
public final class CannedHttp {

    static final List<String> MEDIA_TYPES = List.of("application/json", "application/health+json",
            "text/plain; charset=utf-8", "text/html", "application/vnd.spring-boot.actuator.v3+json");
    static final int[] CODES = {200, 200, 200, 400, 422, 503, 404, 302};

    private CannedHttp() {
    }

    /** A fetcher whose every request gets this answer; the first byte picks status and media type. */
    public static HttpFetcher answering(byte[] data) {
        int selector = data.length == 0 ? 0 : data[0] & 0xff;
        byte[] body = data.length == 0 ? data : java.util.Arrays.copyOfRange(data, 1, data.length);
        int code = CODES[selector % CODES.length];
        String type = MEDIA_TYPES.get((selector / CODES.length) % MEDIA_TYPES.size());
        OkHttpClient client = new OkHttpClient.Builder().addInterceptor(chain -> {
            Response.Builder b = new Response.Builder().request(chain.request()).protocol(Protocol.HTTP_1_1)
                    .code(code).message("canned").body(ResponseBody.create(body, MediaType.get(type)));
            if (code == 302) {
                b.header("Location", "/elsewhere");
            }
            return b.build();
        }).build();
        return new HttpFetcher(new HttpClients(client), 1024 * 1024);
    }

    public static SourceConfig config() {
        return SourceConfig.of(SourceUrl.parse("http://fuzz.invalid:9090/"));
    }
}
