package org.zwgk.flowable.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.UserTask;
import org.flowable.common.engine.impl.interceptor.CommandInterceptor;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.parse.BpmnParseHandler;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.ContextRefreshedEvent;
import org.zwgk.flowable.FlowableErrors;
import org.zwgk.flowable.GateTaskListener;
import org.zwgk.flowable.GatedTasks;
import org.zwgk.flowable.StepIds;
import org.zwgk.flowable.ZwgkDelegate;
import org.zwgk.flowable.ZwgkFlowableProperties;
import org.zwgk.flowable.internal.GateParseHandler;
import org.zwgk.flowable.internal.GateRefusalInterceptor;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spring.SpringGate;
import org.zwgk.spring.autoconfigure.ZwgkAutoConfiguration;

/**
 * zwgk in a Flowable process engine on Spring Boot: gated user tasks ({@code zwgk.flowable.gated-tasks} or
 * {@code zwgk:gate="true"}) cannot complete while their obligations are unmet, and the {@code zwgkDelegate} bean runs
 * register / classify / review / publish as service tasks. Both work on the connection of the engine's Spring
 * transaction through {@link SpringGate}, which requires the engine and zwgk to share the DataSource and the
 * transaction manager (Flowable's Boot starter uses the application's, as zwgk does).
 */
@AutoConfiguration(after = ZwgkAutoConfiguration.class,
        beforeName = "org.flowable.spring.boot.ProcessEngineAutoConfiguration")
@ConditionalOnClass({SpringProcessEngineConfiguration.class, EngineConfigurationConfigurer.class})
@ConditionalOnBean(SpringGate.class)
@ConditionalOnProperty(prefix = "zwgk.flowable", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(ZwgkFlowableProperties.class)
public class ZwgkFlowableAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(ZwgkFlowableAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean
    public StepIds zwgkStepIds() {
        return StepIds.DEFAULT;
    }

    @Bean
    @ConditionalOnMissingBean
    public GatedTasks zwgkGatedTasks(ZwgkFlowableProperties properties) {
        return new GatedTasks(properties.getGatedTasks());
    }

    @Bean
    @ConditionalOnMissingBean
    public GateTaskListener zwgkGateTaskListener(SpringGate gate, StepIds stepIds) {
        return new GateTaskListener(gate, stepIds);
    }

    /** Adds the parse handler that attaches the gate to gated user tasks. */
    @Bean
    @ConditionalOnMissingBean(name = "zwgkProcessEngineConfigurer")
    public EngineConfigurationConfigurer<SpringProcessEngineConfiguration> zwgkProcessEngineConfigurer(
            GatedTasks gated, GateTaskListener listener) {
        return config -> {
            List<BpmnParseHandler> handlers = config.getPostBpmnParseHandlers() == null ? new ArrayList<>()
                    : new ArrayList<>(config.getPostBpmnParseHandlers());
            handlers.add(new GateParseHandler(gated, listener));
            config.setPostBpmnParseHandlers(handlers);
            List<CommandInterceptor> pre = config.getCustomPreCommandInterceptors() == null ? new ArrayList<>()
                    : new ArrayList<>(config.getCustomPreCommandInterceptors());
            pre.add(0, new GateRefusalInterceptor());
            config.setCustomPreCommandInterceptors(pre);
        };
    }

    /** {@code flowable:delegateExpression="${zwgkDelegate}"}. */
    @Bean
    @ConditionalOnMissingBean
    public ZwgkDelegate zwgkDelegate(SpringGate gate, StepIds stepIds) {
        return new ZwgkDelegate(gate, stepIds);
    }

    /**
     * Once the context has started (Flowable deploys the processes of {@code processes/} when its engine starts),
     * every configured gated task must exist as a user task in the latest deployed version of its process: a misspelt
     * id would otherwise leave the step ungated without a word (ZWGK-7054). A process not deployed yet is logged.
     */
    @Bean
    @ConditionalOnMissingBean(name = "zwgkGatedTasksCheck")
    public ApplicationListener<ContextRefreshedEvent> zwgkGatedTasksCheck(GatedTasks gated,
                                                                         ObjectProvider<RepositoryService> repository) {
        return event -> {
            RepositoryService rs = repository.getIfAvailable();
            if (rs == null) {
                return;
            }
            for (GatedTasks.Entry e : gated.configured()) {
                ProcessDefinition pd = rs.createProcessDefinitionQuery().processDefinitionKey(e.processKey())
                        .latestVersion().singleResult();
                if (pd == null) {
                    LOG.warn("zwgk.flowable.gated-tasks: process " + e.processKey() + " is not deployed (yet); " + e
                            + " will be gated once it is");
                    continue;
                }
                BpmnModel model = rs.getBpmnModel(pd.getId());
                org.flowable.bpmn.model.Process process = model.getProcessById(e.processKey());
                FlowElement element = process == null ? null : process.getFlowElement(e.taskKey(), true);
                if (!(element instanceof UserTask)) {
                    throw new ZwgkException(FlowableErrors.GATED_TASK_NOT_FOUND, e,
                            pd.getKey() + ":" + pd.getVersion());
                }
            }
        };
    }
}
