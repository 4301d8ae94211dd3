package dev.rubric.lsp.abuse;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;

final class RawClientSupport {
    private RawClientSupport() {
    }

    static int exitCode(RawClient c) {
        try {
            return c.running.exitCode().get(RawClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            return fail("the server did not exit: " + e);
        }
    }
}
