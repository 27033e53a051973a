package sitrep.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Permission and missing-folder problems in the words the issue asks for, never a class name. */
class FileProblemWordsTest {

    @Test
    void permissionAndMissingFolderAreSaidPlainly() {
        assertThat(IncidentJournal.reason(new AccessDeniedException("/inc/journal/ana.jsonl")))
                .isEqualTo("permission denied: /inc/journal/ana.jsonl");
        assertThat(IncidentJournal.reason(new NoSuchFileException("/gone/journal/ana.jsonl")))
                .isEqualTo("no such folder: /gone/journal");
        assertThat(IncidentJournal.reason(new IOException())).isEqualTo("input/output error");
    }
}
