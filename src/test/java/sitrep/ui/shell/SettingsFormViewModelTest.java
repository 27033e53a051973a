package sitrep.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsFormViewModelTest {

    private static SettingsFormViewModel empty() {
        return new SettingsFormViewModel(new SettingsFormViewModel.Values(Optional.empty(), Optional.empty(),
                List.of(), Optional.empty()));
    }

    @Test
    void startsFromTheGivenValues() {
        SettingsFormViewModel vm = new SettingsFormViewModel(new SettingsFormViewModel.Values(
                Optional.of("http://p:9090"), Optional.empty(), List.of("http://a/h", "http://b/h"),
                Optional.of("ana")));

        assertThat(vm.prometheusProperty().get()).isEqualTo("http://p:9090");
        assertThat(vm.statusPagesProperty().get()).isEqualTo("http://a/h\nhttp://b/h");
        assertThat(vm.authorProperty().get()).isEqualTo("ana");
    }

    @Test
    void validFieldsProduceValuesAndBlankLinesAreIgnored() {
        SettingsFormViewModel vm = empty();
        vm.prometheusProperty().set(" http://127.0.0.1:9090 ");
        vm.statusPagesProperty().set("http://a/health\n\n  \nhttps://status.example.com/api/v2/summary.json\n");
        vm.authorProperty().set("  bo ");

        Optional<SettingsFormViewModel.Values> values = vm.validate();

        assertThat(values).hasValueSatisfying(v -> {
            assertThat(v.prometheus()).contains("http://127.0.0.1:9090");
            assertThat(v.alertmanager()).isEmpty();
            assertThat(v.statusPages()).containsExactly("http://a/health",
                    "https://status.example.com/api/v2/summary.json");
            assertThat(v.author()).contains("bo");
        });
        assertThat(vm.prometheusErrorProperty().get()).isEmpty();
    }

    @Test
    void theEvidenceCapIsAPositiveSizeInMiB() {
        SettingsFormViewModel vm = empty();
        assertThat(vm.evidenceCapProperty().get()).isEqualTo("256");

        vm.evidenceCapProperty().set("lots");
        assertThat(vm.validate()).isEmpty();
        assertThat(vm.evidenceCapErrorProperty().get()).contains("'lots'");

        vm.evidenceCapProperty().set(" 64 ");
        assertThat(vm.validate()).hasValueSatisfying(v -> assertThat(v.evidenceCapMiB()).isEqualTo(64));
        assertThat(vm.evidenceCapErrorProperty().get()).isEmpty();
    }

    @Test
    void eachBadFieldGetsItsOwnMessage() {
        SettingsFormViewModel vm = empty();
        vm.prometheusProperty().set("prom:9090");
        vm.alertmanagerProperty().set("http://am:9093");
        vm.statusPagesProperty().set("http://ok/health\nnot a url");

        assertThat(vm.validate()).isEmpty();
        assertThat(vm.prometheusErrorProperty().get()).contains("'prom:9090'");
        assertThat(vm.alertmanagerErrorProperty().get()).isEmpty();
        assertThat(vm.statusPagesErrorProperty().get()).contains("not a url");

        vm.prometheusProperty().set("http://prom:9090");
        vm.statusPagesProperty().set("http://ok/health");
        assertThat(vm.validate()).isPresent();
        assertThat(vm.prometheusErrorProperty().get()).isEmpty();
        assertThat(vm.statusPagesErrorProperty().get()).isEmpty();
    }
}
