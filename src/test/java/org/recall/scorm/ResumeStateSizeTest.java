package org.recall.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the SCORM runtime's own resume-state tests ({@code scorm-package/runtime/resume-state.test.mjs},
 * {@code node --test}): the state of a deck of 200 cards and 200 questions fits SCORM 1.2's 4,096
 * characters of {@code cmi.suspend_data} and decodes to what was encoded, the open attempt of every question
 * type included; and its graders' tests ({@code grading.test.mjs}): the package gives the server's credit for
 * each question type, and writes interactions in each SCORM edition's format. Skipped, saying so, when the
 * machine has no Node.js (.ci/run installs npm, which brings it).
 */
class ResumeStateSizeTest {

    @Test
    void resumeStateFitsScorm12() throws IOException, InterruptedException {
        Process node;
        try {
            node = new ProcessBuilder("node", "--test", "scorm-package/runtime/resume-state.test.mjs",
                    "scorm-package/runtime/grading.test.mjs")
                    .redirectErrorStream(true).start();
        } catch (IOException noNode) {
            assumeTrue(false, "node is not installed: the resume-state size test (node --test) cannot run");
            return;
        }
        if (!node.waitFor(120, TimeUnit.SECONDS)) {
            node.destroyForcibly();
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(output);
        assertEquals(0, node.exitValue(), output);
    }
}
