package org.zwgk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueErrors;
import org.zwgk.catalogue.CatalogueResult;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.catalogue.Item;
import org.zwgk.catalogue.Level;
import org.zwgk.catalogue.PilotDomain;
import org.zwgk.catalogue.Stage;
import org.zwgk.validation.Violation;

/**
 * The shipped sample catalogues validate with no errors and no warnings (every 公开时限 is read by the built-in
 * time-limit parser), and hold what the demo relies on.
 */
class SampleCataloguesTest {

    private static CatalogueResult read(String name) throws IOException {
        try (InputStream in = SampleCatalogues.open(name)) {
            assertThat(in).as(name).isNotNull();
            return CatalogueValidator.create().read(name, in.readAllBytes());
        }
    }

    @Test
    void bothSamplesValidateCleanly() throws IOException {
        for (String name : SampleCatalogues.all()) {
            CatalogueResult r = read(name);
            // no findings at all: the default time-limit check (the built-in parser) reads every phrase
            List<String> findings = r.report().violations().stream().map(v -> v.toLine(Locale.CHINA)).toList();
            assertThat(findings).as(name).isEmpty();
            assertThat(r.catalogue()).as(name).isPresent();
        }
    }

    @Test
    void townshipCatalogueModelsSeed000() throws IOException {
        Catalogue c = read(SampleCatalogues.TOWNSHIP).catalogue().orElseThrow();
        assertThat(c.metadata().id()).isEqualTo("fengcheng-town");
        assertThat(c.metadata().level()).isEqualTo(Level.TOWNSHIP);
        assertThat(c.metadata().region()).isEqualTo("350524");
        assertThat(c.items()).hasSizeGreaterThanOrEqualTo(25);
        Set<PilotDomain> domains = c.domains().stream().map(d -> d.pilotDomain().orElseThrow())
                .collect(Collectors.toSet());
        assertThat(domains).contains(PilotDomain.SOCIAL_ASSISTANCE, PilotDomain.FISCAL_BUDGETS,
                PilotDomain.AGRICULTURAL_SUBSIDIES, PilotDomain.HEALTH, PilotDomain.COMPULSORY_EDUCATION,
                PilotDomain.MAJOR_CONSTRUCTION_PROJECTS, PilotDomain.PUBLIC_RESOURCE_TRADING);
        assertThat(c.itemsByStage(Stage.RESULT)).isNotEmpty();
        assertThat(c.items()).allSatisfy(i -> assertThat(i.disclosedAt(Level.TOWNSHIP)).as(i.id()).isTrue());
        Item sameAsAbove = c.item("SA-002").orElseThrow();
        assertThat(sameAsAbove.timeLimit().phrase()).isEqualTo("同上");
        assertThat(sameAsAbove.timeLimit().effective()).isEqualTo("制定或获取信息之日起10个工作日内");
    }

    @Test
    void villageCatalogueModelsSeed003() throws IOException {
        CatalogueResult r = read(SampleCatalogues.VILLAGE);
        Catalogue c = r.catalogue().orElseThrow();
        assertThat(c.metadata().level()).isEqualTo(Level.VILLAGE);
        assertThat(c.domains()).extracting(d -> d.name())
                .containsExactly("村情概况", "村务公开", "财务公开", "服务公开", "其他公开");
        assertThat(c.items()).extracting(i -> i.timeLimit().effective())
                .contains("按月进行公开，每次公开时间不少于7个工作日", "每季度的首个月20日", "按年度进行公开，每年初公开一次");
        assertThat(r.report().violations()).extracting(Violation::code)
                .doesNotContain(CatalogueErrors.UNKNOWN_DOMAIN);
    }
}
