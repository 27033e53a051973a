package sitrep.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

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
}
