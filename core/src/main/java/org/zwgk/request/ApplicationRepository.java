package org.zwgk.request;

import java.util.List;
import java.util.Optional;

/**
 * Where applications are kept. Implementations: {@link InMemoryApplicationRepository} (tests, demos) and
 * {@link JdbcApplicationRepository} (H2, PostgreSQL). Saving uses optimistic locking on
 * {@link Application#version()}: a stale version fails with {@link RequestErrors#CONCURRENT_CHANGE}.
 */
public interface ApplicationRepository {

    /** Inserts a new application (version 0) or appends its new events; returns it with its new version. */
    Application save(Application application);

    Optional<Application> find(ApplicationId id);

    /** Every application of a body, in id order. */
    List<Application> findByBody(String body);

    /** Every application, in id order. */
    List<Application> findAll();
}
