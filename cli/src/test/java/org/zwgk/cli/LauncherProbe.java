package org.zwgk.cli;

/** Stands in for zwgk.jar in {@link LauncherTest}: prints the JVM's command line, then each argument it was given. */
public final class LauncherProbe {

    private LauncherProbe() {
    }

    public static void main(String[] args) {
        System.out.println("jvm " + String.join(" ", ProcessHandle.current().info().arguments().orElse(new String[0])));
        for (String a : args) {
            System.out.println("arg " + a);
        }
    }
}
