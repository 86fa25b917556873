package racecourse.grader.mutants;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Whether a mutant compiles, cheaply: only its mutated file is compiled, against its origin's other
 * files and the assignment's own sources and the JDK (student code needs nothing else), with one
 * file manager for every mutant. A mutant never changes the API the tests use, so the tests need no
 * recompiling. Nothing compiled here is run.
 */
public final class MutantCompiler implements AutoCloseable {
    private final JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    private final DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    private final StandardJavaFileManager files;

    public MutantCompiler() throws IOException {
        if (javac == null) {
            throw new IOException("no Java compiler: run the grader with a JDK, not a JRE");
        }
        files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
    }

    /** Null when the mutant compiles, else the compiler's errors. {@code moduleDir}: the assignment's module. */
    public String errors(Mutant mutant, Path moduleDir, Path scratch) throws IOException {
        Path source = scratch.resolve("src").resolve(mutant.file().getFileName().toString());
        Files.createDirectories(source.getParent());
        Files.writeString(source, mutant.mutated());
        Path classes = Files.createDirectories(scratch.resolve("classes"));
        String sourcepath = mutant.origin().dir().resolve("src/main/java") + File.pathSeparator
                + moduleDir.resolve("src/main/java");
        List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-nowarn", "-proc:none",
                "-implicit:none", "-sourcepath", sourcepath, "-cp", classes.toString(), "-d", classes.toString());
        DiagnosticCollector<JavaFileObject> errors = new DiagnosticCollector<>();
        if (javac.getTask(new StringWriter(), files, errors, options, null,
                files.getJavaFileObjectsFromPaths(List.of(source))).call()) {
            return null;
        }
        return errors.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws IOException {
        files.close();
    }
}
