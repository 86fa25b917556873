package racecourse.grader.roster;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import racecourse.grader.build.Sha256;

/**
 * {@code --shard K/N}: the students whose id hashes to share K of N. By a hash of the id, not by
 * position in the roster, so that a student added or dropped moves no one else to another shard.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("--shard must be K/N with 1 <= K <= N, not " + index + "/" + count);
        }
    }

    /** Parses {@code K/N}, e.g. {@code 2/5}. */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--shard must be K/N (e.g. 2/5), not " + text);
    }

    /** Whether {@code student} is in this shard: the first 8 bytes of SHA-256 of the id, modulo N. */
    public boolean holds(String student) {
        var sha = Sha256.digest();
        sha.update(student.getBytes(StandardCharsets.UTF_8));
        long hash = ByteBuffer.wrap(sha.digest()).getLong();
        return Math.floorMod(hash, count) == index - 1;
    }
}
