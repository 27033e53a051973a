package sitrep.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The path-aware reader: every complaint starts with the JSON path and says what was found, in words. */
class JsonNodeTest {

    private static final String DOC = """
            {"title": "db outage", "speed": 4, "drill": true,
             "series": [{"expr": "up", "phases": [{"at": "14:00", "to": 3}]}],
             "labels": {"job": "api", "bad": 5}, "none": null}
            """;

    @Test
    void readsValuesAndFallsBackWhenAFieldIsAbsentOrNull() {
        JsonNode root = JsonNode.parse(DOC);
        assertThat(root.path()).isEqualTo("$");
        assertThat(root.field("title").string()).isEqualTo("db outage");
        assertThat(root.number("speed", 1)).isEqualTo(4.0);
        assertThat(root.bool("drill", false)).isTrue();
        assertThat(root.string("description", "none given")).isEqualTo("none given");
        assertThat(root.string("none", "fallback")).isEqualTo("fallback");
        assertThat(root.elements("missing")).isEmpty();
        List<JsonNode> phases = root.field("series").elements().get(0).field("phases").elements();
        assertThat(phases.get(0).path()).isEqualTo("$.series[0].phases[0]");
        assertThat(phases.get(0).field("at").string()).isEqualTo("14:00");
        assertThat(root.field("title").elements()).extracting(JsonNode::path).containsExactly("$.title");
    }

    @Test
    void namesThePathOfEveryProblem() {
        JsonNode root = JsonNode.parse(DOC);
        JsonNode phase = root.field("series").elements().get(0).field("phases").elements().get(0);
        assertThatThrownBy(() -> phase.field("to").string())
                .isInstanceOf(JsonPathException.class).hasMessage("$.series[0].phases[0].to: expected a string, found 3");
        assertThatThrownBy(() -> phase.field("at").number())
                .hasMessage("$.series[0].phases[0].at: expected a number, found the string \"14:00\"");
        assertThatThrownBy(() -> phase.field("shape")).hasMessage("$.series[0].phases[0].shape: required field is missing");
        assertThatThrownBy(() -> root.field("none")).hasMessage("$.none: required field is missing");
        assertThatThrownBy(() -> root.field("title").bool()).hasMessage("$.title: expected true or false, found the string \"db outage\"");
        assertThatThrownBy(() -> root.field("labels").elements()).hasMessage("$.labels: expected an array, found an object");
        assertThatThrownBy(() -> root.stringMap("labels")).hasMessage("$.labels.bad: expected a string, found 5");
        assertThatThrownBy(() -> root.field("title").field("x")).hasMessage("$.title: expected an object, found the string \"db outage\"");
        assertThatThrownBy(() -> root.allowOnly(Set.of("title", "speed")))
                .hasMessage("$.drill: unknown field (expected one of speed, title)");
        assertThat(root.error("the end must be after the start")).hasMessage("$: the end must be after the start");
    }

    @Test
    void aSyntaxErrorSaysWhereInWordsWithoutTheParsersTerms() {
        assertThatThrownBy(() -> JsonNode.parse("{\"title\": \"x\",\n  \"zone\" \"UTC\"}"))
                .isInstanceOf(JsonPathException.class).hasMessage("not valid JSON (line 2, column 11)");
        assertThatThrownBy(() -> JsonNode.parse("{\"title\": ")).hasMessageStartingWith("not valid JSON")
                .hasMessageNotContaining("java.").hasMessageNotContaining("gson");
        assertThat(JsonNode.parse("{\"m\": {\"a\": \"1\"}}").stringMap("m")).isEqualTo(Map.of("a", "1"));
    }
}
