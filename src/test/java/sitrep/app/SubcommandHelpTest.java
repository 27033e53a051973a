package sitrep.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The options the shared mixins hold ({@link IncidentFlag}, {@link OutputFlags}) and the ones
 * {@link JournaledCommand} declares are listed by each command's --help where they were, with the same words.
 */
class SubcommandHelpTest {

    /** An option or parameter line of the help: six blanks, then the name (the synopsis wraps deeper). */
    private static final Pattern FIRST_OPTION = Pattern.compile("(?m)^      \\S");

    private final InProcessCli cli = new InProcessCli();

    /** The help's list of parameters and options, without the synopsis, which names them too. */
    private String options(String... command) {
        String[] args = new String[command.length + 1];
        System.arraycopy(command, 0, args, 0, command.length);
        args[command.length] = "--help";
        assertThat(cli.run(args)).as(cli.err()).isZero();
        Matcher m = FIRST_OPTION.matcher(cli.out());
        assertThat(m.find()).as(cli.out()).isTrue();
        return cli.out().substring(m.start());
    }

    @Test
    void exportListsIncidentFormatOutputAndItsOwnOptionsInOrder() {
        assertThat(options("export")).containsSubsequence(
                "--incident=DIR", "Incident folder.",
                "--format=text|md|html", "text (the standard template), md (Markdown) or html",
                "--out=FILE", "Write here (atomically) instead of to stdout.",
                "--force", "Overwrite FILE if it exists.",
                "--[no-]appendix", "--prometheus=URL", "--config=FILE", "-h, --help", "Exit codes:",
                "1   no incident at DIR, or FILE exists without --force, or cannot write");
    }

    @Test
    void followupsListsIncidentFormatAndOutputInOrder() {
        assertThat(options("followups")).containsSubsequence(
                "--incident=DIR", "Incident folder.",
                "--format=csv|md|json", "csv (for Jira's CSV import), md (checklist) or",
                "--out=FILE", "Write here (atomically) instead of to stdout.",
                "--force", "Overwrite FILE if it exists.",
                "-h, --help", "Exit codes:");
    }

    @Test
    void panelsExportKeepsOutputBetweenItsSetAndConfigOptions() {
        assertThat(options("panels", "export")).containsSubsequence(
                "--format=grafana", "--set=NAME",
                "--out=FILE", "Write here (atomically) instead of to stdout.",
                "--force", "Overwrite FILE if it exists.",
                "--config=FILE");
    }

    @Test
    void everyJournaledCommandListsItsArgumentThenIncidentTimeAndAuthor() {
        for (String command : new String[] {"status", "severity", "role", "update"}) {
            assertThat(options(command)).as(command).containsSubsequence(
                    "--incident=DIR", "Incident folder.",
                    "--at=TIME", "When it happened:", "default: now.",
                    "--author=NAME", "Who writes; default: the author in the settings.",
                    "-h, --help");
        }
        assertThat(options("status")).startsWith("      STATE");
        assertThat(options("update")).containsSubsequence("--author=NAME", "--state=STATE", "--markdown");
    }

    @Test
    void noteTimelineAndSyncTakeTheIncidentFolderFirst() {
        for (String command : new String[] {"note", "timeline", "sync"}) {
            String options = options(command);
            assertThat(options).as(command).containsPattern("--incident=DIR +Incident folder\\.");
            assertThat(options.indexOf("--incident=DIR")).as(command)
                    .isLessThan(options.indexOf(command.equals("sync") ? "--store=URL" : "--zone=ZONE"));
        }
        // note's --at has no "default: now": without it, the note's own leading time counts.
        assertThat(options("note")).contains("time with offset.").doesNotContain("default: now");
    }
}
