package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import sitrep.incident.postmortem.export.PostmortemExport;

class NamedFormatsTest {

    private final FollowupsCommand.FormatConverter followups = new FollowupsCommand.FormatConverter();
    private final ExportCommand.FormatConverter export = new ExportCommand.FormatConverter();

    @Test
    void namesAndAliasesAreReadInAnyCaseAroundBlanks() {
        assertThat(followups.convert("csv")).isEqualTo(FollowupsCommand.Format.CSV);
        assertThat(followups.convert(" Jira ")).isEqualTo(FollowupsCommand.Format.CSV);
        assertThat(followups.convert("MARKDOWN")).isEqualTo(FollowupsCommand.Format.MD);
        assertThat(followups.convert("json")).isEqualTo(FollowupsCommand.Format.JSON);
        assertThat(export.convert("TXT")).isEqualTo(PostmortemExport.Format.TEXT);
        assertThat(export.convert("md")).isEqualTo(PostmortemExport.Format.MARKDOWN);
        assertThat(export.convert("Html\t")).isEqualTo(PostmortemExport.Format.HTML);
    }

    @Test
    void anythingElseIsOneLineNamingWhatWasTypedAndTheUsualNames() {
        assertThatThrownBy(() -> followups.convert("xls"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("'xls' is not a format; use csv, md or json");
        assertThatThrownBy(() -> export.convert(" PDF"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessage("' PDF' is not a format; use text, md or html");
        // Another command's name is not this command's: md is shared, jira is not.
        assertThatThrownBy(() -> export.convert("jira")).isInstanceOf(CommandLine.TypeConversionException.class);
    }
}
