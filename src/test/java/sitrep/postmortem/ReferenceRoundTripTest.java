package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import sitrep.domain.EntryKind;

/** The must-hold property: importing the reference postmortem and exporting it as text changes no byte. */
class ReferenceRoundTripTest {

    /** In the main checkout the shared reference sits beside the project; worktrees use the copy. */
    private static final Path SHARED_REFERENCE = Path.of("../shared/reference/example-postmortem.txt");

    @Test
    void theBundledCopyRoundTripsByteForByte() {
        String text = PostmortemFixtures.referenceText();
        ImportResult result = new PostmortemImporter().importText(text);
        assertThat(new TextRenderer().render(result.document())).isEqualTo(text);
        assertThat(result.report().problems()).isEmpty();
        assertThat(result.document().unplaced()).isEmpty();
    }

    @Test
    void theSharedReferenceRoundTripsByteForByteWhereItExists() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(SHARED_REFERENCE), "no shared reference beside this checkout");
        String text = Files.readString(SHARED_REFERENCE, StandardCharsets.UTF_8);
        assertThat(new TextRenderer().render(new PostmortemImporter().importText(text).document())).isEqualTo(text);
    }

    @Test
    void theImportedReferenceHasItsStructure() {
        PostmortemDocument doc = PostmortemFixtures.reference();
        assertThat(doc.title()).isEqualTo("Service Outage");
        assertThat(doc.window().start()).contains(LocalDateTime.of(2023, 6, 10, 14, 0));
        assertThat(doc.window().end()).contains(LocalDateTime.of(2023, 6, 10, 17, 30));
        assertThat(doc.window().zone().orElseThrow().text()).isEqualTo("PST");
        assertThat(doc.impact().usersAffectedPercent()).hasValue(80.0);
        assertThat(doc.timeline()).extracting(TimelineItem::kind).containsExactly(EntryKind.DETECTION,
                EntryKind.ACTION, EntryKind.MISLEADING, EntryKind.ESCALATION, EntryKind.ROOT_CAUSE,
                EntryKind.MITIGATION, EntryKind.RESOLUTION);
        assertThat(doc.measures()).hasSize(5);
        assertThat(doc.measures().get(1).name()).isEqualTo("Enhance monitoring capabilities");
        assertThat(doc.measures()).allSatisfy(m -> assertThat(m.tasks()).hasSize(1));
        assertThat(doc.measuresClosing()).startsWith("These measures aim");
        assertThat(doc.conclusion()).startsWith("In conclusion, the June 10, 2023");
    }
}
