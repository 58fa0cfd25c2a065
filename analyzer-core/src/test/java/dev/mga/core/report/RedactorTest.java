package dev.mga.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mga.core.rules.Redactor;
import org.junit.jupiter.api.Test;

class RedactorTest {

    @Test
    void openShiftOAuthTokensFromTheSeed() {
        // the seed's `oc get oauthaccesstokens -A` and `oc login --token=` lines
        assertThat(Redactor.redact("sha256~-m   IAM#yyy@ibm.com    openshift-browser-client   12m"))
                .isEqualTo("sha256~<redacted>   IAM#yyy@ibm.com    openshift-browser-client   12m");
        assertThat(Redactor.redact("oc login --token=sha256~1111-g --server=https://api..sslip.io:6443"))
                .isEqualTo("oc login --token=sha256~<redacted> --server=https://api..sslip.io:6443");
    }

    @Test
    void bearerKeyValueAndUrlCredentials() {
        assertThat(Redactor.redact("Authorization: Bearer abc.DEF-123_x=")).isEqualTo("Authorization: Bearer <redacted>");
        assertThat(Redactor.redact("password: hunter2")).isEqualTo("password: <redacted>");
        assertThat(Redactor.redact("  token: \"eyJhbGci\"")).isEqualTo("  token: \"<redacted>\"");
        assertThat(Redactor.redact("client_secret=s3cr3t&x=1")).isEqualTo("client_secret=<redacted>&x=1");
        assertThat(Redactor.redact("https://admin:pa55@registry.example.com/v2")).isEqualTo("https://admin:<redacted>@registry.example.com/v2");
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String line = "19861376 __list_lru_init+0x2b8/0x480 age=406870/2007921/2594449 pid=1-38406 cpus=0-7";
        assertThat(Redactor.redact(line)).isEqualTo(line);
        assertThat(Redactor.redact("tokens are fine as a word, passwords too")).isEqualTo("tokens are fine as a word, passwords too");
    }
}
