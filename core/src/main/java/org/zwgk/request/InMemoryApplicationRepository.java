package org.zwgk.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.zwgk.spi.ZwgkException;

/** A thread-safe in-memory repository with the same optimistic-locking rule as the JDBC one. */
public final class InMemoryApplicationRepository implements ApplicationRepository {

    private final TreeMap<ApplicationId, Application> byId = new TreeMap<>();

    @Override
    public synchronized Application save(Application application) {
        Application current = byId.get(application.id());
        if (current == null) {
            if (application.version() != 0) {
                throw new ZwgkException(RequestErrors.UNKNOWN_APPLICATION, application.id());
            }
        } else if (application.version() == 0) {
            throw new ZwgkException(RequestErrors.DUPLICATE_APPLICATION, application.id());
        } else if (current.version() != application.version()) {
            throw new ZwgkException(RequestErrors.CONCURRENT_CHANGE, application.id(), current.version());
        }
        Application stored = application.withVersion(application.version() + 1);
        byId.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Application> find(ApplicationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Application> findByBody(String body) {
        List<Application> out = new ArrayList<>();
        for (Application a : byId.values()) {
            if (a.registration().body().equals(body)) {
                out.add(a);
            }
        }
        return out;
    }

    @Override
    public synchronized List<Application> findAll() {
        return List.copyOf(byId.values());
    }
}
