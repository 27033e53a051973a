package sitrep.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A source error is one line for people, whatever the server's message holds. */
class SourceErrorTest {

    @Test
    void aServersLineBreaksBecomeSpaces() {
        SourceError e = new SourceError("http://prom:9090/", SourceError.Kind.API_ERROR,
                "bad_data: 1:5: parse error:\nunclosed left parenthesis\r\nin \u2028 the query\u0085end", "bad_data",
                null);

        assertThat(e.reason()).isEqualTo(
                "http://prom:9090/: bad_data: 1:5: parse error: unclosed left parenthesis in   the query end");
        assertThat(e.detail()).doesNotContain("\n", "\r", "\u2028", "\u0085")
                .startsWith("bad_data: 1:5: parse error: unclosed");
    }
}
