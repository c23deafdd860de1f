package org.zwgk.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.maven.api.plugin.testing.Basedir;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
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
}
