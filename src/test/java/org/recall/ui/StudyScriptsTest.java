package org.recall.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the study UI's own node tests ({@code src/test/js/answer-compare.test.mjs} and {@code modes.test.mjs},
 * {@code node --test}; the editor's are {@code EditorModulesTest}'s, which gives them their input): Write's
 * answer comparison, Match's board, True or false statements and the SCORM runtime's dealer. Skipped,
 * saying so, when the machine has no Node.js (.ci/run installs npm, which brings it).
 */
class StudyScriptsTest {

    @Test
    void studyScriptsPassTheirNodeTests() throws IOException, InterruptedException {
        Process node;
        try {
            node = new ProcessBuilder("node", "--test", "src/test/js/answer-compare.test.mjs",
                    "src/test/js/modes.test.mjs").redirectErrorStream(true).start();
        } catch (IOException noNode) {
            assumeTrue(false, "node is not installed: the study scripts' tests (node --test) cannot run");
            return;
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(120, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
        System.out.println(output);
        assertEquals(0, node.exitValue(), output);
    }
}
