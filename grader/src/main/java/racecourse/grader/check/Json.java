package racecourse.grader.check;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The grader's JSON, one configuration for the child's events, the result files and their readers:
 * every enum of the vocabulary ({@link Status}, {@link Limit}, the check's kind) is written in
 * lowercase, as the result contract names them, and read back in any case.
 */
public final class Json {
    private Json() {
    }

    /** Compact, for the child's event log (one line per event). */
    public static ObjectMapper compact() {
        return builder().build();
    }

    /** Indented, for the files people read. */
    public static ObjectMapper indented() {
        return builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /**
     * Tolerant, for result files of other grader versions: the contract only ever adds fields, so a
     * field this grader does not know is skipped.
     */
    public static ObjectMapper tolerant() {
        return builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    private static JsonMapper.Builder builder() {
        return JsonMapper.builder()
                .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
                .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
    }
}
