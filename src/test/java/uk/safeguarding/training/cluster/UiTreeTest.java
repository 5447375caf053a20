package uk.safeguarding.training.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The simulated learner's view of Vaadin's state tree, fed with changes in Flow's wire format. */
class UiTreeTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** body > main > [button "Next page" (node 4, text 5), button "Check my answer" disabled (6, text 7), p "Page 2 of 7"]. */
    private static final String PAGE = """
            [{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
             {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[3]},
             {"node":3,"type":"attach"},{"node":3,"type":"put","key":"tag","feat":0,"value":"main"},
             {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[4,6,8]},
             {"node":4,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
             {"node":4,"type":"put","key":"click","feat":4,"value":"abc="},
             {"node":4,"type":"splice","feat":2,"index":0,"addNodes":[5]},
             {"node":5,"type":"put","key":"text","feat":7,"value":"Next page"},
             {"node":6,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
             {"node":6,"type":"put","key":"click","feat":4,"value":"abc="},
             {"node":6,"type":"put","key":"disabled","feat":3,"value":""},
             {"node":6,"type":"splice","feat":2,"index":0,"addNodes":[7]},
             {"node":7,"type":"put","key":"text","feat":7,"value":"Check my answer"},
             {"node":8,"type":"put","key":"tag","feat":0,"value":"p"},
             {"node":8,"type":"splice","feat":2,"index":0,"addNodes":[9]},
             {"node":9,"type":"put","key":"text","feat":7,"value":"Page 2 of 7"}]""";

    @Test
    void finds_an_enabled_button_by_its_visible_text() {
        UiTree tree = new UiTree();
        tree.apply(JSON.readTree(PAGE));

        assertThat(tree.clickable("Next page")).get().extracting(n -> n.id).isEqualTo(4);
        assertThat(tree.clickable("Check my answer")).as("disabled by the server").isEmpty();
        assertThat(tree.clickable("Page 2 of 7")).as("not clickable").isEmpty();
        assertThat(tree.texts()).contains("Page 2 of 7");
    }

    @Test
    void follows_the_server_when_it_replaces_the_view() {
        UiTree tree = new UiTree();
        tree.apply(JSON.readTree(PAGE));
        tree.apply(JSON.readTree("""
                [{"node":3,"type":"splice","feat":2,"index":0,"remove":3,"addNodes":[10]},
                 {"node":4,"type":"detach"},
                 {"node":6,"type":"remove","key":"disabled","feat":3},
                 {"node":10,"type":"put","key":"tag","feat":0,"value":"p"},
                 {"node":10,"type":"splice","feat":2,"index":0,"addNodes":[11]},
                 {"node":11,"type":"put","key":"text","feat":7,"value":"Page 3 of 7"}]"""));

        assertThat(tree.clickable("Next page")).as("detached with the old view").isEmpty();
        assertThat(tree.clickable("Check my answer")).as("no longer attached, though enabled").isEmpty();
        assertThat(tree.texts()).containsExactly("Page 3 of 7");
    }
}
