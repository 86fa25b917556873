package racecourse.grader.mutants;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes the mutants of one correct fix: for each of its Java files, each operator and each site
 * the operator finds, the file parsed afresh, that one site changed, and the file printed back
 * with JavaParser's lexical preservation, so that the mutant differs from its original only there.
 */
public final class MutantGenerator {
    private final List<Operator> operators;

    public MutantGenerator(List<Operator> operators) {
        this.operators = operators;
    }

    /** The mutants of one correct fix, in a stable order: by file, operator, site. */
    public List<Mutant> mutants(Origin origin) throws IOException {
        List<Mutant> mutants = new ArrayList<>();
        for (Path file : origin.sources()) {
            String source = Files.readString(file);
            for (Operator operator : operators) {
                for (Map.Entry<String, String> site : apply(operator, source, file)) {
                    mutants.add(new Mutant(origin, origin.dir().relativize(file), operator.name(), site.getKey(),
                            source, site.getValue()));
                }
            }
        }
        return mutants;
    }

    /** Each site of {@code operator} in {@code source}, as its stable description and the mutated source. */
    static List<Map.Entry<String, String>> apply(Operator operator, String source, Path file) throws IOException {
        List<Map.Entry<String, String>> mutated = new ArrayList<>();
        int count = operator.sitesIn(parse(source, file)).size();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < count; i++) {
            CompilationUnit unit = LexicalPreservingPrinter.setup(parse(source, file));
            Operator.Site site = operator.sitesIn(unit).get(i);
            String where = describe(site.at());
            int occurrence = seen.merge(where, 1, Integer::sum);
            site.mutation().run();
            String text = LexicalPreservingPrinter.print(unit);
            if (!text.equals(source)) {
                mutated.add(Map.entry(occurrence == 1 ? where : where + " #" + occurrence, text));
            }
        }
        return mutated;
    }

    private static CompilationUnit parse(String source, Path file) throws IOException {
        ParseResult<CompilationUnit> parsed = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17)).parse(source);
        if (!parsed.isSuccessful() || parsed.getResult().isEmpty()) {
            throw new IOException("cannot parse " + file + ": " + parsed.getProblems());
        }
        return parsed.getResult().get();
    }

    /** A site as code: {@code Type.method: first line of the code there}, stable while that code stays. */
    static String describe(Node at) {
        String where = at.findAncestor(CallableDeclaration.class).map(c -> c.getNameAsString())
                .orElse("field");
        String type = at.findAncestor(TypeDeclaration.class).map(t -> t.getNameAsString() + ".").orElse("");
        String code = at.toString().lines().findFirst().orElse("").strip();
        return type + where + ": " + (code.length() <= 60 ? code : code.substring(0, 57) + "...");
    }
}
