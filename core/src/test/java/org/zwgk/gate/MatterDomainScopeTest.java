package org.zwgk.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.Stage;
import org.zwgk.spi.channel.DisclosureAttribute;
import org.zwgk.testing.MutableClock;
import org.zwgk.testing.RecordingAdapter;
import org.zwgk.testing.TestDatabase;

/** 五公开 obligations of a matter limited to the catalogue domains it concerns. */
class MatterDomainScopeTest {

    static CatalogueEntry entry(String id, String domain, Stage stage, DisclosureAttribute method) {
        return new CatalogueEntry(id, id, "信息形成或者变更之日起20个工作日内", method, stage, List.of("website"),
                new CatalogueEntry.Placement("t", "示例目录", domain, domain, List.of(id)));
    }

    final CatalogueView view = CatalogueView.of(List.of(
            entry("MP-002", "major-projects", Stage.EXECUTION, DisclosureAttribute.PROACTIVE),
            entry("MP-003", "major-projects", Stage.EXECUTION, DisclosureAttribute.PROACTIVE),
            entry("FB-003", "fiscal-budgets", Stage.EXECUTION, DisclosureAttribute.PROACTIVE),
            entry("SA-003", "social-assistance", Stage.EXECUTION, DisclosureAttribute.PROACTIVE),
            entry("SA-005", "major-projects", Stage.EXECUTION, DisclosureAttribute.ON_REQUEST),
            entry("MP-004", "major-projects", Stage.RESULT, DisclosureAttribute.PROACTIVE)));

    final Zwgk zwgk = Zwgk.builder().dataSource(TestDatabase.H2.fresh()).catalogue(view)
            .channel(new RecordingAdapter("website")).clock(MutableClock.beijing()).build();

    @Test
    void onlyTheMattersDomainsBecomeObligations() {
        LocalDate on = LocalDate.of(2024, 10, 8);
        List<Obligation> scoped = zwgk.inTransaction(g -> g.enterStage("road", Stage.EXECUTION, "road-exec", on,
                Set.of("major-projects", "fiscal-budgets")));
        assertThat(scoped).extracting(Obligation::catalogueItemId).containsExactlyInAnyOrder("MP-002", "MP-003", "FB-003");
        List<Obligation> all = zwgk.inTransaction(g -> g.enterStage("plan", Stage.EXECUTION, "plan-exec", on));
        assertThat(all).extracting(Obligation::catalogueItemId)
                .containsExactlyInAnyOrder("MP-002", "MP-003", "FB-003", "SA-003");
        assertThat(view.domainCodes()).containsExactlyInAnyOrder("major-projects", "fiscal-budgets", "social-assistance");
    }

    @Test
    void anUnknownDomainIsRefusedNotSilentlyEmpty() {
        assertThatThrownBy(() -> zwgk.inTransaction(g -> g.enterStage("road", Stage.EXECUTION, "road-exec",
                LocalDate.of(2024, 10, 8), Set.of("major-project"))))
                .isInstanceOf(GateException.class).hasMessageContaining("ZWGK-3207").hasMessageContaining("major-project")
                .hasMessageContaining("major-projects");
        List<Obligation> left = zwgk.inTransaction(g -> g.obligations("road-exec"));
        assertThat(left).isEmpty();
    }
}
