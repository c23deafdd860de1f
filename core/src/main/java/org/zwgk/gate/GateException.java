package org.zwgk.gate;

import org.zwgk.spi.ErrorCode;
import org.zwgk.spi.ZwgkException;

/** A gate call the regulation or the gate's contract does not allow. */
public class GateException extends ZwgkException {

    private static final long serialVersionUID = 1L;

    public GateException(ErrorCode code, Object... args) {
        super(code, args);
    }
}
