// Run by `mvn verify` after packaging, with only the packaged jar and its runtime
// dependencies (JNA, kotlin-stdlib) on the classpath: proves the jar carries the native
// library where JNA finds it, and that the binding is usable from plain Java too.
// Environment (set by the pom): FASTLY_API_TOKEN, FASTLY_API_ENDPOINT (a closed port).

import dev.fastlyaccount.Client;
import dev.fastlyaccount.FastlyErrorKind;
import dev.fastlyaccount.FastlyException;

public class JarSmoke {
    public static void main(String[] args) {
        String token = System.getenv("FASTLY_API_TOKEN");
        try (Client production = new Client(token)) {
            String text = production.toString();
            check(text.contains("api.fastly.com") && !text.contains(token), "Client.toString(): " + text);
        }
        try (Client client = Client.Companion.fromEnv()) {
            client.getCurrentUser();
            throw new AssertionError("no FastlyException from a closed port");
        } catch (FastlyException e) {
            check(e.kind() == FastlyErrorKind.CONNECTION, "kind " + e.kind());
            check(e.status() == null, "status " + e.status());
            check(e.getMessage() != null && e.getMessage().startsWith("network error"), "message " + e.getMessage());
            System.out.println("jar smoke test: ok (" + e.getMessage() + ")");
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
