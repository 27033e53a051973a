package sitrep.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import sitrep.architecture.fixture.a.Ping;
import sitrep.architecture.fixture.b.Pong;
import sitrep.architecture.fixture.ui.PrintingViewModel;

/** The rules can fail: each one reports the fixture classes that break it on purpose. */
class ArchitectureRulesSelfTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter()
            .importClasses(Ping.class, Pong.class, PrintingViewModel.class);

    @Test
    void aPackageCycleIsReported() {
        EvaluationResult result = ArchitectureRulesTest.noCyclesBetweenPackages.evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains("fixture.a")
                && d.contains("fixture.b"));
    }

    @Test
    void printingToStandardOutIsReported() {
        EvaluationResult result = ArchitectureRulesTest.noStandardStreams.evaluate(FIXTURES);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("PrintingViewModel") && d.contains("System.out"));
    }

    @Test
    void aViewModelTouchingTheSceneGraphIsReported() {
        EvaluationResult result = ArchitectureRulesTest.viewModelsHoldStateNotNodes.evaluate(FIXTURES);

        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("PrintingViewModel") && d.contains("javafx.scene.control.Label"));
    }
}
