package org.zwgk.testing;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.zwgk.publish.Dispatcher;
import org.zwgk.store.ZwgkStore;

/**
 * Main class of a standalone dispatcher process used by the crash and two-dispatcher tests.
 * Arguments: JDBC URL, receiver URI, lease in milliseconds, threads.
 */
public final class DispatcherProcess {

    private DispatcherProcess() {
    }

    public static void main(String[] args) throws Exception {
        ZwgkStore store = ZwgkStore.open(args[0], Clock.systemUTC());
        Dispatcher d = Dispatcher.builder(store)
                .channel(new HttpPostAdapter("website", URI.create(args[1])))
                .lease(Duration.ofMillis(Long.parseLong(args[2])))
                .threads(Integer.parseInt(args[3]))
                .batchSize(8)
                .pollInterval(Duration.ofMillis(50))
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(d::close));
        d.start();
        System.out.println("started " + d.workerId());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    /** Starts this main in a new JVM on the test class path. */
    public static Process start(String jdbcUrl, URI receiver, long leaseMillis, int threads) throws Exception {
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx128m", "-XX:TieredStopAtLevel=1", "-cp", cp,
                DispatcherProcess.class.getName(), jdbcUrl, receiver.toString(), String.valueOf(leaseMillis),
                String.valueOf(threads))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
