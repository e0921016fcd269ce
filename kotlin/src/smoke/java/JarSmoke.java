// Run by `mvn verify` after packaging, with only the packaged jar and its runtime
// dependencies (JNA, kotlin-stdlib, kotlinx-coroutines-core) on the classpath: proves the
// jar carries the native library where JNA finds it, and that the binding is usable from
// plain Java too (signed integers only; errors caught by subclass).
// Environment (set by the pom): FASTLY_API_TOKEN, FASTLY_API_ENDPOINT (a closed port).

import dev.fastlyaccount.Client;
import dev.fastlyaccount.FastlyErrors;
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
        } catch (FastlyException.Connection e) {
            check(FastlyErrors.getStatus(e) == null, "status " + FastlyErrors.getStatus(e));
            check(!e.getDetail().isEmpty(), "detail " + e.getDetail());
            check(e.getMessage() != null && e.getMessage().startsWith("network error"), "message " + e.getMessage());
            System.out.println("jar smoke test: ok (" + e.getMessage() + ")");
        } catch (FastlyException e) {
            throw new AssertionError("expected FastlyException.Connection, got " + e, e);
        }
        try (Client client = Client.Companion.fromEnv()) {
            client.listRoles(-1, null);
            throw new AssertionError("no FastlyException for a negative perPage");
        } catch (FastlyException.InvalidArgument e) {
            check(e.getMessage().contains("perPage must be between 1 and"), "message " + e.getMessage());
        } catch (FastlyException e) {
            throw new AssertionError("expected FastlyException.InvalidArgument, got " + e, e);
        }
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
