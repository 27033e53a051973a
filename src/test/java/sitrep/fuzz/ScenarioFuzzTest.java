package sitrep.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import sitrep.source.drill.ScenarioException;
import sitrep.source.drill.ScenarioReader;

/** A drill scenario file: refused with a {@link ScenarioException} naming the place, never anything else. */
class ScenarioFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.PER_TARGET)
    void anyScenarioIsReadOrRefusedWithItsOwnError(byte[] data) {
        try {
            ScenarioReader.parse(FuzzFiles.text(data), "fuzz.json");
        } catch (ScenarioException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("a refusal must say why");
            }
        }
    }
}
