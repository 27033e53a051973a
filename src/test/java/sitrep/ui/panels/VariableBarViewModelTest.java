package sitrep.ui.panels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariableBarViewModelTest {

    private final VariableBarViewModel vm = new VariableBarViewModel();
    private final List<String> changes = new ArrayList<>();

    VariableBarViewModelTest() {
        vm.onSelection((name, values) -> changes.add(name + "=" + values));
        vm.showVariables(List.of(
                new VariableBarViewModel.Choice("job", "Job", List.of("api", "db"), true, true, List.of("All")),
                new VariableBarViewModel.Choice("node", "Node", List.of("a", "b"), false, false, List.of("a"))));
    }

    @Test
    void allAndValuesExcludeEachOther() {
        vm.select("job", List.of("All", "db"));
        assertThat(vm.variables().get(0).selection()).containsExactly("db");
        vm.select("job", List.of("db", "api"));
        assertThat(vm.variables().get(0).summary()).isEqualTo("db + 1 more");
        vm.select("job", List.of("db", "api", "All"));
        assertThat(vm.variables().get(0).selection()).containsExactly("All");
        vm.select("job", List.of());
        assertThat(changes).containsExactly("job=[db]", "job=[db, api]", "job=[All]");
        assertThat(vm.variables().get(0).offered()).containsExactly("All", "api", "db");
    }

    @Test
    void aSingleValueVariableKeepsOneAndAnUnchangedSelectionIsNoChange() {
        vm.select("node", List.of("a"));
        vm.select("node", List.of("a", "b"));
        vm.select("node", List.of());
        assertThat(changes).containsExactly("node=[b]", "node=[a]");
        assertThat(vm.variables().get(1).offered()).containsExactly("a", "b");
    }

    @Test
    void setsListTheDefaultFirstAndAChoiceIsHandedOn() {
        List<String> chosen = new ArrayList<>();
        vm.onSetChosen(chosen::add);
        vm.setSets(List.of("Nodes", "Pg"), "Pg");
        assertThat(vm.sets()).containsExactly(VariableBarViewModel.DEFAULT_SET, "Nodes", "Pg");
        assertThat(vm.selectedSetProperty().get()).isEqualTo("Pg");
        vm.chooseSet("Pg");
        vm.chooseSet("nope");
        vm.chooseSet("Nodes");
        assertThat(chosen).containsExactly("Nodes");
        assertThat(vm.variables()).isEmpty();
        vm.setSets(List.of(), "Gone");
        assertThat(vm.selectedSetProperty().get()).isEqualTo(VariableBarViewModel.DEFAULT_SET);
    }
}
