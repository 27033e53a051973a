package sitrep.postmortem;

import java.util.List;

/**
 * What an import had to guess (a date order, a day change past midnight, a section for an unlabelled
 * paragraph) and what it could not read at all (that text is in the document's Unplaced note).
 */
public record ImportReport(List<String> guesses, List<String> problems) {

    public ImportReport {
        guesses = List.copyOf(guesses);
        problems = List.copyOf(problems);
    }
}
