package org.reliefdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    static final Path FOLDER = Path.of("docs", "modules");

    @Test
    void writesTheModuleDiagramsIntoDocs() throws IOException {
        new Documenter(ApplicationModules.of(ReliefDeskApplication.class),
                Documenter.Options.defaults().withOutputFolder(FOLDER.toString()))
                .writeDocumentation();
        try (Stream<Path> files = Files.list(FOLDER)) {
            for (Path file : files.toList()) {
                Files.write(file, sortRuns(Files.readAllLines(file)));
            }
        }
        assertThat(FOLDER.resolve("components.puml")).exists();
    }

    /**
     * The Documenter lists relations ({@code Rel(…)}) and a canvas cell's items ({@code * `…`}) in an order that
     * varies from run to run; sorted within each run of them, the files change only when the modules do.
     */
    static List<String> sortRuns(List<String> lines) {
        List<String> out = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String kind = null;
        for (String line : lines) {
            String next = kind(line);
            if (next == null || !next.equals(kind) || line.startsWith("|")) {
                flush(run, out);
            }
            kind = next;
            (next == null ? out : run).add(line);
        }
        flush(run, out);
        return out;
    }

    private static String kind(String line) {
        if (line.startsWith("Rel(")) {
            return "relation";
        }
        return line.startsWith("* `") || line.startsWith("|* `") ? "item" : null;
    }

    /** A cell's first item keeps the cell's opening bar. */
    private static void flush(List<String> run, List<String> out) {
        boolean cell = !run.isEmpty() && run.get(0).startsWith("|");
        List<String> sorted = run.stream().map(l -> cell && l.startsWith("|") ? l.substring(1) : l).sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            out.add(i == 0 && cell ? "|" + sorted.get(i) : sorted.get(i));
        }
        run.clear();
    }
}
