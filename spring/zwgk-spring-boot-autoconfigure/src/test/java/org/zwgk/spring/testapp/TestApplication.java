package org.zwgk.spring.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A host application as a vendor writes it: Boot, a DataSource, a web server, Actuator, and zwgk from the
 * starter's auto-configuration — nothing zwgk-specific but {@code application.yml} and {@link Documents}.
 * Written against API that Boot 3.5 and 4.0 share, so the Boot 4 test module runs the same tests.
 */
@SpringBootApplication
public class TestApplication {
}
