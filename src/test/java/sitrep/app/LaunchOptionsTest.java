package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sitrep.domain.SourceUrl;

class LaunchOptionsTest {

    private static Settings saved() {
        Settings s = new Settings();
        s.setPrometheusUrl("http://saved-prom:9090");
        s.setAlertmanagerUrl("http://saved-am:9093");
        s.setStatusUrls(List.of("http://saved-status/health"));
        return s;
    }

    @Test
    void withoutFlagsTheSavedSourcesApply() {
        LaunchOptions.EffectiveSources s = LaunchOptions.none().sources(saved());

        assertThat(s.prometheus()).contains("http://saved-prom:9090");
        assertThat(s.alertmanager()).contains("http://saved-am:9093");
        assertThat(s.statusPages()).containsExactly("http://saved-status/health");
    }

    @Test
    void flagsOverrideForTheRunWithoutTouchingTheSettings() {
        Settings settings = saved();
        LaunchOptions o = new LaunchOptions(Optional.of(SourceUrl.parse("http://flag-prom:9090")), Optional.empty(),
                List.of(SourceUrl.parse("http://flag-status/a"), SourceUrl.parse("http://flag-status/b")),
                Optional.empty(), Optional.empty(), Optional.empty());

        LaunchOptions.EffectiveSources s = o.sources(settings);

        assertThat(s.prometheus()).contains("http://flag-prom:9090");
        assertThat(s.alertmanager()).contains("http://saved-am:9093");
        assertThat(s.statusPages()).containsExactly("http://flag-status/a", "http://flag-status/b");
        assertThat(settings.prometheusUrl()).isEqualTo("http://saved-prom:9090");
    }

    @Test
    void nothingAnywhereIsEmpty() {
        assertThat(LaunchOptions.none().sources(new Settings()).isEmpty()).isTrue();
    }
}
