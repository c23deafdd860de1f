package org.zwgk.spring.autoconfigure;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.zwgk.calendar.CalendarData;
import org.zwgk.calendar.WorkingCalendar;
import org.zwgk.catalogue.Catalogue;
import org.zwgk.catalogue.CatalogueResult;
import org.zwgk.catalogue.CatalogueValidator;
import org.zwgk.channel.ChannelRegistry;
import org.zwgk.channel.Channels;
import org.zwgk.gate.CatalogueView;
import org.zwgk.gate.DueDateCalculator;
import org.zwgk.gate.Zwgk;
import org.zwgk.spi.ZwgkException;
import org.zwgk.spi.channel.ChannelAdapter;
import org.zwgk.spring.ChannelAdapterDecorator;
import org.zwgk.spring.SpringErrors;
import org.zwgk.spring.SpringGate;
import org.zwgk.spring.ZwgkBuilderCustomizer;
import org.zwgk.spring.ZwgkDataSource;
import org.zwgk.spring.ZwgkDispatcher;
import org.zwgk.spring.ZwgkMonitor;
import org.zwgk.spring.ZwgkProperties;
import org.zwgk.spring.internal.CatalogueResources;
import org.zwgk.spring.internal.EnvironmentChannelSettings;
import org.zwgk.spring.internal.SettingsCheck;
import org.zwgk.validation.Violation;

/**
 * Auto-configures zwgk on the application's DataSource: the engine ({@link Zwgk}, which creates or upgrades its
 * tables at start-up), the catalogue, the working-day calendar, the channels from {@code zwgk.channel.*}, the
 * transaction-bound gate ({@link SpringGate}), the dispatcher ({@link ZwgkDispatcher}) and the {@link ZwgkMonitor}.
 * Every bean backs off when the application declares its own.
 *
 * <p>Ordered after Boot's DataSource auto-configuration by name: it lives in
 * {@code org.springframework.boot.autoconfigure.jdbc} on Boot 3 and {@code org.springframework.boot.jdbc.autoconfigure}
 * on Boot 4, so a class literal would not load on one of them.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration"})
@ConditionalOnClass({Zwgk.class, DataSourceUtils.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "zwgk", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(ZwgkProperties.class)
public class ZwgkAutoConfiguration {

    private static final Log LOG = LogFactory.getLog(ZwgkAutoConfiguration.class);

    /**
     * The start-up checks every other zwgk bean waits for: unknown {@code zwgk.*} keys (ZWGK-7004) and values out
     * of range (ZWGK-7005).
     */
    @Bean
    @ConditionalOnMissingBean
    ZwgkSettings zwgkSettings(ZwgkProperties properties, ConfigurableEnvironment environment,
                              ResourceLoader resourceLoader) {
        ClassLoader loader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : ZwgkAutoConfiguration.class.getClassLoader();
        SettingsCheck.check(environment, loader);
        properties.validate();
        return new ZwgkSettings(properties, Clock.system(properties.zoneId()));
    }

    /** The national working-day calendar, plus {@code zwgk.calendar.data} and class-path year files. */
    @Bean
    @ConditionalOnMissingBean
    public WorkingCalendar zwgkCalendar(ZwgkSettings settings, ResourceLoader resourceLoader) {
        ZwgkProperties.Calendar c = settings.properties().getCalendar();
        CalendarData.Builder data = CalendarData.builder().builtIn().classpath(resourceLoader.getClassLoader());
        if (c.getData() != null && !c.getData().isBlank()) {
            data.directory(Path.of(c.getData().strip()));
        }
        return WorkingCalendar.builder().base(data.build()).strict(c.isStrict()).build();
    }

    /** {@code zwgk.catalogue}, validated; the application does not start with a broken one. */
    @Bean
    @ConditionalOnMissingBean({Catalogue.class, CatalogueView.class})
    public Catalogue zwgkCatalogue(ZwgkSettings settings, ResourceLoader resourceLoader) {
        String location = settings.properties().getCatalogue();
        if (location == null || location.isBlank()) {
            throw new ZwgkException(SpringErrors.CATALOGUE_NOT_SET);
        }
        CatalogueResult r = CatalogueResources.load(location, resourceLoader, CatalogueValidator.create());
        for (Violation w : r.report().warnings()) {
            LOG.warn(w.toLine(settings.properties().locale()));
        }
        Catalogue catalogue = CatalogueResources.catalogue(r);
        LOG.info("zwgk catalogue " + location + ": " + catalogue.items().size() + " item(s)");
        return catalogue;
    }

    @Bean
    @ConditionalOnMissingBean
    public CatalogueView zwgkCatalogueView(ObjectProvider<Catalogue> catalogue) {
        return CatalogueView.of(catalogue.getObject());
    }

    /** The channel providers on the class path (ServiceLoader). */
    @Bean
    @ConditionalOnMissingBean
    public ChannelRegistry zwgkChannelRegistry(ResourceLoader resourceLoader) {
        ClassLoader loader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
                : ZwgkAutoConfiguration.class.getClassLoader();
        return ChannelRegistry.builder().discover(loader).build();
    }

    /**
     * The enabled channels from {@code zwgk.channel.*}, with the checks of the channel file; every problem at
     * once (ChannelConfigException), secrets never printed.
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Channels zwgkChannels(ZwgkSettings settings, ChannelRegistry registry, ConfigurableEnvironment env) {
        Channels channels = registry.create(EnvironmentChannelSettings.read(env, registry), settings.clock());
        for (Violation w : channels.report().warnings()) {
            LOG.warn(w.toLine(settings.properties().locale()));
        }
        return channels;
    }

    /** The engine; creates or upgrades zwgk's tables in the DataSource at start-up. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public Zwgk zwgk(ZwgkSettings settings, @ZwgkDataSource ObjectProvider<DataSource> zwgkDataSource,
                     ObjectProvider<DataSource> dataSources, ListableBeanFactory beans, CatalogueView catalogue,
                     WorkingCalendar calendar, Channels channels,
                     ObjectProvider<ChannelAdapterDecorator> decorators,
                     ObjectProvider<ZwgkBuilderCustomizer> customizers) {
        DataSource ds = zwgkDataSource.getIfAvailable();
        if (ds == null) {
            ds = dataSources.getIfUnique();
        }
        if (ds == null) {
            throw new ZwgkException(SpringErrors.DATASOURCE_AMBIGUOUS,
                    String.join(", ", Arrays.asList(beans.getBeanNamesForType(DataSource.class))));
        }
        Zwgk.Builder b = Zwgk.builder().dataSource(ds).catalogue(catalogue)
                .dueDates(DueDateCalculator.official(calendar)).clock(settings.clock());
        List<ChannelAdapterDecorator> ordered = decorators.orderedStream().toList();
        for (ChannelAdapter adapter : channels.adapters().values()) {
            ChannelAdapter a = adapter;
            for (ChannelAdapterDecorator d : ordered) {
                a = d.decorate(a);
            }
            b.channel(a);
        }
        customizers.orderedStream().forEach(c -> c.customize(b));
        return b.build();
    }

    /** The gate in the caller's Spring transaction. */
    @Bean
    @ConditionalOnMissingBean
    public SpringGate springGate(Zwgk zwgk) {
        return new SpringGate(zwgk, zwgk.store().dataSource());
    }

    /** The in-process dispatcher; {@code zwgk.dispatch.enabled=false} when {@code zwgk dispatch} runs separately. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "zwgk.dispatch", name = "enabled", havingValue = "true", matchIfMissing = true)
    public ZwgkDispatcher zwgkDispatcher(Zwgk zwgk, ZwgkSettings settings, Channels channels) {
        return new ZwgkDispatcher(zwgk, settings.properties().getDispatch(), List.copyOf(channels.adapters().keySet()));
    }

    @Bean
    @ConditionalOnMissingBean
    public ZwgkMonitor zwgkMonitor(Zwgk zwgk, ZwgkSettings settings) {
        return new ZwgkMonitor(zwgk, settings.properties().getHealth().getDueSoonDays());
    }

    /** The checked settings and the engine's clock. */
    public record ZwgkSettings(ZwgkProperties properties, Clock clock) {
    }
}
