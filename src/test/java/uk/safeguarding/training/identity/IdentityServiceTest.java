package uk.safeguarding.training.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentityServiceTest {

    @Test
    void a_managed_unit_inside_another_managed_unit_is_not_counted_twice() {
        assertThat(IdentityService.collapse(List.of("/1/4/9/", "/1/4/", "/1/7/")))
                .containsExactlyInAnyOrder("/1/4/", "/1/7/");
    }

    @Test
    void sibling_units_with_a_common_id_prefix_are_kept_apart() {
        // "/1/4/" must not swallow "/1/40/": paths end with a slash for this reason.
        assertThat(IdentityService.collapse(List.of("/1/4/", "/1/40/"))).containsExactlyInAnyOrder("/1/4/", "/1/40/");
    }
}
