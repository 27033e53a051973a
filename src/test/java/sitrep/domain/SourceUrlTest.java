package sitrep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceUrlTest {

    @Test
    void acceptsHttpAndHttpsWithHost() {
        assertThat(SourceUrl.parse(" http://127.0.0.1:9090 ").toString()).isEqualTo("http://127.0.0.1:9090");
        assertThat(SourceUrl.parse("https://mimir.example.com/prometheus").uri().getPath()).isEqualTo("/prometheus");
        assertThat(SourceUrl.parse("HTTP://[::1]:9093").uri().getHost()).isEqualTo("[::1]");
    }

    @Test
    void rejectsWhatIsNotAnHttpUrlAndQuotesIt() {
        assertThatThrownBy(() -> SourceUrl.parse("localhost:9090")).hasMessageContaining("'localhost:9090'")
                .hasMessageContaining("http://");
        assertThatThrownBy(() -> SourceUrl.parse("ftp://host/x")).hasMessageContaining("'ftp://host/x'");
        assertThatThrownBy(() -> SourceUrl.parse("http://")).hasMessageContaining("'http://'");
        assertThatThrownBy(() -> SourceUrl.parse("http://exa mple.com")).hasMessageContaining("not a valid URL");
        assertThatThrownBy(() -> SourceUrl.parse("  ")).hasMessageContaining("empty");
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutEchoingThem() {
        assertThatThrownBy(() -> SourceUrl.parse("https://admin:s3cret@prom.example.com"))
                .hasMessageContaining("prom.example.com")
                .hasMessageNotContaining("s3cret");
    }
}
