package org.reliefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Writes the module diagrams into docs/modules at every test run (Spring Modulith's Documenter): the whole
 * application ({@code components.puml}, C4 components in PlantUML), one diagram and one canvas per module
 * ({@code module-<name>.puml}, {@code module-<name>.adoc}) and {@code all-docs.adoc} gathering them. It only
 * writes: a changed layout gives changed files to commit, never a failure. The folder is emptied first, so it
 * holds generated files only.
 */
class ModuleDocumentationTests {

    static final String FOLDER = "docs/modules";

    @Test
    void writesTheModuleDiagramsIntoDocs() {
        new Documenter(ApplicationModules.of(ReliefDeskApplication.class),
                Documenter.Options.defaults().withOutputFolder(FOLDER))
                .writeDocumentation();
        assertThat(Path.of(FOLDER, "components.puml")).exists();
    }
}
