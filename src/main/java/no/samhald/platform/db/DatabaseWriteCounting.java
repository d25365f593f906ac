package no.samhald.platform.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every data source of the application (embedded or external) counts its writes (see {@link DatabaseWrites}). */
@Configuration(proxyBeanMethods = false)
class DatabaseWriteCounting {

	@Bean
	static DatabaseWrites databaseWrites() {
		return new DatabaseWrites();
	}

	@Bean
	static BeanPostProcessor countDatabaseWrites(ObjectProvider<DatabaseWrites> writes) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return bean instanceof DataSource dataSource && !(bean instanceof WriteCountingDataSource)
						? new WriteCountingDataSource(dataSource, writes.getObject()) : bean;
			}
		};
	}

}
