package org.zwgk.samples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small approval system as vendors build them: Spring Boot, Flowable, a table of its own, and zwgk added with the
 * starter, the Flowable integration and a few lines of {@code application.yml}. The zwgk-specific code is
 * {@link Documents#publish} and the {@code zwgkDelegate} service tasks of the BPMN; 签发 is gated by configuration.
 */
@SpringBootApplication
public class ApprovalApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApprovalApplication.class, args);
    }
}
