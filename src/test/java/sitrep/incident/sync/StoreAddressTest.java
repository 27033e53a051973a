package sitrep.incident.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class StoreAddressTest {

    @Test
    void libpqUrlBecomesJdbcUrlAndDriverProperties() {
        StoreAddress a = StoreAddress.parse(
                "postgresql://ana@db.example.com:6432/sitrep?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem");
        assertThat(a.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example.com:6432/sitrep");
        Properties p = a.properties("s3cret");
        assertThat(p.getProperty("user")).isEqualTo("ana");
        assertThat(p.getProperty("password")).isEqualTo("s3cret");
        assertThat(p.getProperty("sslmode")).isEqualTo("verify-full");
        assertThat(p.getProperty("sslrootcert")).isEqualTo("/etc/ssl/ca.pem");
        assertThat(a.toString()).isEqualTo(
                "postgresql://ana@db.example.com:6432/sitrep?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem")
                .doesNotContain("s3cret");
    }

    @Test
    void defaultPortAndUserAndCaFileFromTheSettings() {
        StoreAddress a = StoreAddress.parse("postgres://db/sitrep").withDefaults("bo", "/tmp/ca.pem");
        assertThat(a.port()).isEqualTo(5432);
        assertThat(a.user()).isEqualTo("bo");
        assertThat(a.params()).containsEntry("sslrootcert", "/tmp/ca.pem").containsEntry("sslmode", "verify-full");
        // The URL's own choices win over the settings.
        StoreAddress b = StoreAddress.parse("postgresql://ana@db/sitrep?sslmode=require").withDefaults("bo", "/tmp/ca.pem");
        assertThat(b.user()).isEqualTo("ana");
        assertThat(b.params()).containsEntry("sslmode", "require");
    }

    @Test
    void aPasswordInTheUrlIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://ana:hunter2@db/sitrep"))
                .hasMessageContaining("must not contain a password").hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://ana@db/sitrep?password=hunter2"))
                .hasMessageContaining("must not contain a password").hasMessageNotContaining("hunter2");
    }

    @Test
    void malformedUrlsSayWhatIsMissing() {
        assertThatThrownBy(() -> StoreAddress.parse("http://db/sitrep")).hasMessageContaining("must start with postgresql://");
        // Refused here, as one line: the driver would log its own warning and name its JDBC URL.
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://u@127.0.0.1:99999/db"))
                .hasMessage("the store URL has a bad port 99999 (1-65535)");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://ana@db")).hasMessageContaining("names no database");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://ana@db/x?sslmode=paranoid"))
                .hasMessageContaining("unknown sslmode 'paranoid'");
        assertThatThrownBy(() -> StoreAddress.parse("postgresql://ana@db/x?target_session_attrs=any"))
                .hasMessageContaining("unsupported parameter 'target_session_attrs'");
        assertThatThrownBy(() -> StoreAddress.parse(" ")).hasMessageContaining("no store URL given");
    }
}
