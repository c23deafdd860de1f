package org.zwgk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The mojo as Maven configures it (plugin descriptor, default values, POM configuration), through the
 * plugin-testing-harness. The test projects live in src/test/resources/projects/.
 */
@MojoTest
class ValidateMojoTest {

    private static ValidateMojo withLog(ValidateMojo mojo, RecordingLog log) {
        mojo.setLog(log);
        return mojo;
    }

    @Test
    @Basedir("/projects/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void validProjectPassesAndPrintsTheSummary(ValidateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        withLog(mojo, log).execute();

        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.at("WARN")).isEmpty();
        assertThat(log.at("INFO")).anyMatch(l -> l.matches("zwgk: 2 files, \\d+ items, 0 errors, 0 warnings"));
    }

    @Test
    @Basedir("/projects/patterns")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void doubleStarMatchesTheTopDirectoryTooAndExcludesApply(ValidateMojo mojo) throws Exception {
        // root.yaml (top level: **/ matches zero directories), sub/nested.yml; drafts/ excluded; README.txt not included
        RecordingLog log = new RecordingLog();
        withLog(mojo, log).execute();

        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("zwgk: 2 files, "));
    }

    @Test
    @Basedir("/projects/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "skip", value = "true")
    @MojoParameter(name = "lang", value = "xx")
    @MojoParameter(name = "sourceDirectory", value = "${project.basedir}/src/main/zwgk/town.yaml")
    void skipDoesNothingNotEvenCheckTheConfiguration(ValidateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        withLog(mojo, log).execute();

        assertThat(log.lines()).containsExactly("INFO zwgk: 已跳过目录校验（zwgk.skip=true）");
    }

    @Test
    @Basedir("/projects/empty")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "lang", value = "en")
    void noFilesIsASuccessWithAnInfoMessage(ValidateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        withLog(mojo, log).execute();

        assertThat(log.lines()).containsExactly("INFO zwgk: no catalogue files in src/main/zwgk matching"
                + " [**/*.yaml, **/*.yml, **/*.json], nothing to validate");
    }

    @Test
    @Basedir("/projects/not-a-directory")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void sourceDirectoryThatIsAFileIsAConfigurationError(ValidateMojo mojo) {
        assertThatThrownBy(withLog(mojo, new RecordingLog())::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("ZWGK-9100 sourceDirectory 不是目录：src/main/zwgk — ");
    }

    @Test
    @Basedir("/projects/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "lang", value = "fr")
    void unknownLanguageIsAConfigurationError(ValidateMojo mojo) {
        assertThatThrownBy(withLog(mojo, new RecordingLog())::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("ZWGK-9101 不支持的输出语言 lang=fr / unsupported output language lang=fr");
    }

    @Test
    @Basedir("/projects/valid")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "lang", value = "EN")
    void languageIsCaseInsensitive(ValidateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        withLog(mojo, log).execute();

        assertThat(log.at("INFO")).anyMatch(l -> l.startsWith("zwgk: 2 files, "));
    }

    @Test
    @Basedir("/projects/blank-include")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void blankPatternIsAConfigurationError(ValidateMojo mojo) {
        assertThatThrownBy(withLog(mojo, new RecordingLog())::execute)
                .isInstanceOf(MojoExecutionException.class)
                .hasMessageStartingWith("ZWGK-9103 <includes> contains a blank pattern — ");
    }

    @Test
    @Basedir("/projects/broken")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void brokenProjectFailsAfterPrintingEveryFindingWithItsHint(ValidateMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertThatThrownBy(withLog(mojo, log)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ZWGK-9110 政务公开事项目录校验未通过：5 个错误，0 个警告 — ");

        List<String> errors = log.at("ERROR");
        // finding, hint, finding, hint, ..., summary — in file, line, column order
        assertThat(errors).hasSize(11);
        assertThat(errors).element(6).isEqualTo(
                "src/main/zwgk/faults.yaml:[34,9] ZWGK-1050 /domains/0/items/2/id 事项标识 \"SA-001\" 重复（第一次在第 13 行）");
        assertThat(errors).element(7).isEqualTo("    提示：每个事项的 id 在文件内必须唯一；审批系统按 id 关联事项。");
        assertThat(errors.stream().filter(l -> l.startsWith("src/")).map(l -> l.split(" ")[1]))
                .containsExactly("ZWGK-1052", "ZWGK-1033", "ZWGK-1030", "ZWGK-1050", "ZWGK-1007");
        assertThat(errors.stream().filter(l -> l.startsWith("src/")).map(l -> l.split(" ")[0]))
                .containsExactly("src/main/zwgk/faults.yaml:[17,9]", "src/main/zwgk/faults.yaml:[30,9]",
                        "src/main/zwgk/faults.yaml:[33,9]", "src/main/zwgk/faults.yaml:[34,9]",
                        "src/main/zwgk/malformed.yaml:[15,16]");
        assertThat(errors).last().isEqualTo("zwgk: 2 files, 3 items, 5 errors, 0 warnings");
        assertThat(log.at("WARN")).isEmpty();
    }

    @Test
    @Basedir("/projects/broken")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "lang", value = "en")
    void englishMessagesAndHints(ValidateMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertThatThrownBy(withLog(mojo, log)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ZWGK-9110 catalogue validation failed: 5 errors, 0 warnings — ");

        List<String> errors = log.at("ERROR");
        for (int i = 0; i < 10; i += 2) {
            assertThat(errors.get(i)).startsWith("src/main/zwgk/");
            assertThat(errors.get(i + 1)).startsWith("    hint: ");
        }
        assertThat(errors).element(6).isEqualTo("src/main/zwgk/faults.yaml:[34,9] ZWGK-1050 /domains/0/items/2/id"
                + " Item id \"SA-001\" is used twice (first on line 13)");
        assertThat(errors).last().isEqualTo("zwgk: 2 files, 3 items, 5 errors, 0 warnings");
    }

    @Test
    @Basedir("/projects/warnings-only")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    void warningsAloneDoNotFailTheBuild(ValidateMojo mojo) throws Exception {
        RecordingLog log = new RecordingLog();
        withLog(mojo, log).execute();

        assertThat(log.at("ERROR")).isEmpty();
        assertThat(log.at("WARN")).hasSize(3);
        assertThat(log.at("WARN").get(0)).isEqualTo("src/main/zwgk/town.yaml:[31,27] ZWGK-1058"
                + " /domains/0/items/1/channels/1 公开渠道 \"村务公开栏\" 不是标准写法，按 \"社区/企事业单位/村公示栏(电子屏)\" 处理");
        assertThat(log.at("WARN").get(2)).isEqualTo("zwgk: 1 files, 2 items, 0 errors, 1 warnings");
    }

    @Test
    @Basedir("/projects/warnings-only")
    @InjectMojo(goal = "validate", pom = "pom.xml")
    @MojoParameter(name = "failOnWarning", value = "true")
    void failOnWarningTurnsWarningsIntoAFailure(ValidateMojo mojo) {
        RecordingLog log = new RecordingLog();
        assertThatThrownBy(withLog(mojo, log)::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("ZWGK-9111 政务公开事项目录有 1 个警告，且 failOnWarning=true — ");
        assertThat(log.at("WARN")).hasSize(3);
    }
}
