package org.zwgk.flowable.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A host with Flowable's process engine and zwgk, both on the application's DataSource and transaction manager. */
@SpringBootApplication
public class FlowableTestApplication {
}
