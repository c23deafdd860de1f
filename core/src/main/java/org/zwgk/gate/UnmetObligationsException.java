package org.zwgk.gate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Gate#require(String)} when a host step has obligations that are neither published (queued)
 * nor lawfully exempted. Lists every one of them, each with its item, what is missing and its due date.
 */
public class UnmetObligationsException extends GateException {

    private static final long serialVersionUID = 1L;

    private final transient List<Obligation> unmet;

    public UnmetObligationsException(String stepId, List<Obligation> unmet) {
        super(GateErrors.UNMET_OBLIGATIONS, stepId, unmet.size(),
                unmet.stream().map(Obligation::describe).collect(Collectors.joining("；")));
        this.unmet = List.copyOf(unmet);
    }

    public List<Obligation> unmet() {
        return unmet;
    }
}
