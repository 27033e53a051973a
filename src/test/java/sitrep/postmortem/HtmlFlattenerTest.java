package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile HTML postmortems: bad character references and absurd nesting read, without an error or a blow-up. */
class HtmlFlattenerTest {

    @Test
    void aNumericReferenceThatNamesNoCharacterIsTheReplacementCharacter() {
        assertThat(HtmlFlattener.decodeEntities("T &#99999999999; &#x110000; &#xD800; &#0; &#65; &#x42;"))
                .isEqualTo("T \uFFFD \uFFFD \uFFFD \uFFFD A B");
    }

    @Test
    void fiftyThousandNestedListsAreIndentedAtMostEightLevelsDeep() {
        String html = "<html><body><h1>T</h1><h2>Timeline</h2>" + "<ul><li>14:00: a".repeat(50_000)
                + "</li></ul>".repeat(50_000) + "</body></html>";
        String flat = HtmlFlattener.flatten(html);
        // Each item: a line break, at most 8 indents of 3 spaces, the marker and its text.
        assertThat(flat.length()).isLessThan(50_000 * (1 + 24 + 2 + "14:00: a".length() + 2));
        assertThat(flat).contains("\n" + "   ".repeat(8) + "- 14:00: a").doesNotContain("   ".repeat(9) + "-");
    }

    @Test
    void everyNamedReferenceIsReadAsABrowserReadsIt() {
        assertThat(HtmlFlattener.decodeEntities("couldn&rsquo;t &ldquo;sign in&rdquo;&hellip; caf&eacute; &amp;lt; &#38;lt;"))
                .isEqualTo("couldn\u2019t \u201csign in\u201d\u2026 caf\u00e9 &lt; &lt;");
    }

    @Test
    void aTableRowIsOneLineWithItsCellsApartEvenWhenCellsHoldParagraphs() {
        String html = "<h2>Timeline</h2><table><tr><td><p>14:03</p></td><td><p>Deploy <strong>started</strong>.</p>"
                + "<p>Alert fired.</p></td></tr></table>";

        List<String> rows = HtmlFlattener.flatten(html).lines().filter(l -> l.startsWith("|")).toList();
        assertThat(rows).hasSize(1);
        assertThat(TableRow.parse(rows.get(0)).orElseThrow().cells()).extracting(c -> c.replaceAll("\\s+", " "))
                .containsExactly("14:03", "Deploy started. Alert fired.");
    }
}
