package sitrep.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretMaskTest {

    @Test
    void aRememberedSecretIsMaskedWhereverItAppears() {
        String secret = "s3cr3t-" + System.nanoTime();
        SecretMask.remember(secret);
        assertThat(SecretMask.mask("token=" + secret + "; again " + secret))
                .isEqualTo("token=***; again ***");
    }

    @Test
    void encodedAndPartialFormsAreMaskedToo() {
        String secret = "pa ss/w+rd" + System.nanoTime();
        SecretMask.remember(secret + "\nsecond-line-part");
        String encoded = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(SecretMask.mask("q=" + encoded)).doesNotContain(encoded);
        assertThat(SecretMask.mask("only second-line-part here")).doesNotContain("second-line-part");
    }

    @Test
    void credentialsInAnyUrlAreMaskedEvenWhenUnknown() {
        assertThat(SecretMask.mask("not usable ('http://admin:hunter2-x@host/o k' ...)"))
                .isEqualTo("not usable ('http://***@host/o k' ...)");
        assertThat(SecretMask.mask("see https://u:p%40ss@h:9/x and ftp://a@b"))
                .isEqualTo("see https://***@h:9/x and ftp://***@b");
        assertThat(SecretMask.mask("mail ana@example.org")).isEqualTo("mail ana@example.org");
    }

    @Test
    void aMalformedUrlWithAPasswordIsNeverEchoed() {
        for (String typed : new String[] {"http://admin:Pw0rd-A@host/o k", "http://admin:Pw0rd-B@", "ftp://u:Pw0rd-C@h",
            "http://admin:Pw0rd-D@host:99999/", "http://admin:Pw@rd-E@host/"}) {
            assertThatThrownBy(() -> SourceUrl.parse(typed)).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Pw0rd").doesNotContain("Pw@rd"));
        }
        // Once typed, the password is known: a later message quoting it whole is masked as well.
        assertThat(SecretMask.mask("login as admin with Pw0rd-A")).doesNotContain("Pw0rd-A");
    }

    @Test
    void aBadPortIsNamed() {
        assertThatThrownBy(() -> SourceUrl.parse("http://prom:99999")).hasMessageContaining("bad port");
        assertThatThrownBy(() -> SourceUrl.parse("http://prom:0/")).hasMessageContaining("bad port");
        assertThatThrownBy(() -> SourceUrl.parse("http://prom:/")).hasMessageContaining("bad port");
        assertThat(SourceUrl.parse("http://[::1]:9090").uri().getPort()).isEqualTo(9090);
    }

    @Test
    void aLongWordAfterAnAtSignIsMaskedInLinearTimeNotQuadratic() {
        // Two million letters after an '@': the scheme-first pattern tried a scheme at every letter (hours).
        String note = "ping @bob " + "a".repeat(2_000_000) + " and http://ops:Pw-long-1@host/x";
        String masked = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SecretMask.mask(note));
        assertThat(masked).endsWith(" and http://***@host/x").hasSize(note.length() - "ops:Pw-long-1".length() + 3);
    }

    @Test
    void anEchoedBasicAuthorizationHeaderIsMaskedNotOnlyThePassword() {
        String password = "pw-basic-" + System.nanoTime();
        SecretMask.rememberBasic("ops", password);
        String header = "Basic " + Base64.getEncoder().encodeToString(("ops:" + password)
                .getBytes(StandardCharsets.UTF_8));
        assertThat(SecretMask.mask("got Authorization: " + header)).isEqualTo("got Authorization: Basic ***");
        assertThat(SecretMask.mask("password " + password)).isEqualTo("password ***");
    }

    @Test
    void credentialsReadFromAUrlAreRememberedForTextThatQuotesThemAlone() {
        String password = "url-pw-" + System.nanoTime();
        SecretMask.rememberUrlCredentials("postgresql://sitrep:" + password + "@db:5432/sitrep");
        assertThat(SecretMask.mask("PGPASSWORD=" + password)).isEqualTo("PGPASSWORD=***");
        SecretMask.rememberUrlCredentials("no credentials here @ all");
        assertThat(SecretMask.mask("no credentials here @ all")).isEqualTo("no credentials here @ all");
    }

    @Test
    void aUserNameInAUrlIsNotASecretAndNoWordLosesLettersToIt() {
        SecretMask.rememberUrlCredentials("postgresql://ana@db.example.com/sitrep");
        SecretMask.rememberUrlCredentials("postgresql://sitrep:pw-" + System.nanoTime() + "@127.0.0.1:5432/sitrep");
        String note = "rolled back banana-service on analytics host per Diana; checked the sitrep db";

        assertThat(SecretMask.mask(note)).isEqualTo(note);
    }

    @Test
    void aTokenWrittenAsTheUserOfAUrlIsRemembered() {
        String token = "ghp_16C7e42F292c6912E7710c8383" + System.nanoTime();
        SecretMask.rememberUrlCredentials("https://" + token + "@git.example.com/team/repo");

        assertThat(SecretMask.mask("cloning with " + token + " failed")).isEqualTo("cloning with *** failed");
        assertThat(SecretMask.looksLikeToken("sitrep")).isFalse();
        assertThat(SecretMask.looksLikeToken("firstname.lastname-ops")).isFalse();
    }
}
