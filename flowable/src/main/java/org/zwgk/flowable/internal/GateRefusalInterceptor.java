package org.zwgk.flowable.internal;

import org.flowable.common.engine.impl.context.Context;
import org.flowable.common.engine.impl.interceptor.AbstractCommandInterceptor;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.common.engine.impl.interceptor.CommandConfig;
import org.flowable.common.engine.impl.interceptor.CommandExecutor;

/**
 * The outermost command interceptor: a {@link GateRefusal} leaving the outermost command (after the transaction
 * interceptor rolled it back) is rethrown as the {@link org.zwgk.gate.UnmetObligationsException} it carries, so
 * the caller of {@code taskService.complete(...)} catches exactly that, with its message and unmet obligations.
 */
public final class GateRefusalInterceptor extends AbstractCommandInterceptor {

    @Override
    public <T> T execute(CommandConfig config, Command<T> command, CommandExecutor commandExecutor) {
        boolean outermost = Context.getCommandContext() == null;
        try {
            return next.execute(config, command, commandExecutor);
        } catch (GateRefusal r) {
            if (outermost) {
                throw r.refusal();
            }
            throw r;
        }
    }
}
