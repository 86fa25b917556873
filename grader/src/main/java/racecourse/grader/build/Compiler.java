package racecourse.grader.build;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a workspace with the JDK's compiler, in this JVM: compiling student
 * code runs none of it (annotation processing is off for student sources; the
 * tests' processor is jcstress's, from the course's classpath). Much faster than
 * a Maven build per grading.
 *
 * <p>The processor is named, not discovered: since JDK 23 javac runs no processor it merely finds
 * on the classpath, and jcstress without its generated runners and test list runs nothing.
 */
public final class Compiler {
    /** Generates each litmus test's runner and the list jcstress reads its tests from. */
    private static final String JCSTRESS_PROCESSOR = "org.openjdk.jcstress.infra.processors.JCStressTestProcessor";

    private final List<Path> courseClasspath;

    /** {@code courseClasspath}: the jars the tests compile and run against (JUnit, jcstress, support). */
    public Compiler(List<Path> courseClasspath) {
        this.courseClasspath = List.copyOf(courseClasspath);
    }

    public Compilation compile(Workspace workspace) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IOException("no Java compiler: run the grader with a JDK, not a JRE");
        }
        Files.createDirectories(workspace.classes());
        Files.createDirectories(workspace.testClasses());
        String main = run(javac, workspace, sources(workspace.mainSources()), List.of(
                "-proc:none", "-d", workspace.classes().toString()));
        if (main != null) {
            return new Compilation(false, "your code does not compile:\n" + main);
        }
        List<Path> testClasspath = new ArrayList<>();
        testClasspath.add(workspace.classes());
        testClasspath.addAll(courseClasspath);
        String tests = run(javac, workspace, sources(workspace.testSources()), List.of(
                "-processor", JCSTRESS_PROCESSOR, "-d", workspace.testClasses().toString(), "-cp", join(testClasspath)));
        if (tests != null) {
            return new Compilation(false, "the course's tests do not compile against your code "
                    + "(a public class, constructor or method of the assignment's API was changed or removed):\n"
                    + tests);
        }
        Workspace.copyTree(workspace.testResources(), workspace.testClasses());
        return new Compilation(true, "");
    }

    /** Compiles, returning null on success or the error messages (paths relative to the module). */
    private static String run(JavaCompiler javac, Workspace workspace, List<Path> sources, List<String> options)
            throws IOException {
        if (sources.isEmpty()) {
            return null;
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> all = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn",
                "-implicit:none"));
        all.addAll(options);
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            boolean ok = javac.getTask(new StringWriter(), files, diagnostics, all, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            if (ok) {
                return null;
            }
        }
        StringBuilder text = new StringBuilder();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            String file = d.getSource() == null ? "" : relative(workspace, Path.of(d.getSource().toUri()));
            text.append(file).append(d.getLineNumber() > 0 ? ":" + d.getLineNumber() : "")
                    .append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String relative(Workspace workspace, Path file) {
        return file.startsWith(workspace.module()) ? workspace.module().relativize(file).toString() : file.toString();
    }

    private static List<Path> sources(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    static String join(List<Path> paths) {
        return String.join(File.pathSeparator, paths.stream().map(Path::toString).toList());
    }
}
