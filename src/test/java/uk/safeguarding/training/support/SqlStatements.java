package uk.safeguarding.training.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The SQL statements a piece of code sends to the database, on its own thread: every round trip through the
 * application's {@link DataSource}, whoever sends it (Hibernate, Spring Data, JdbcTemplate). A JDBC batch is one round
 * trip and is recorded once, with the number of rows it carries. Import {@link Counting} into the test's context.
 *
 * <p>Counting at the DataSource rather than with Hibernate's statistics, because those miss what JdbcTemplate sends
 * (the per-question rows of a graded attempt, for one).
 */
public final class SqlStatements {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    private SqlStatements() {
    }

    /** What {@code work} returned, and the statements it sent, in order. */
    public record Recorded<T>(T value, List<String> statements) {
    }

    public static <T> Recorded<T> record(Supplier<T> work) {
        List<String> sent = new ArrayList<>();
        List<String> outer = RECORDING.get();
        RECORDING.set(sent);
        try {
            T value = work.get();
            return new Recorded<>(value, List.copyOf(sent));
        } finally {
            if (outer == null) {
                RECORDING.remove();
            } else {
                RECORDING.set(outer);
            }
        }
    }

    private static void sent(String sql) {
        List<String> sent = RECORDING.get();
        if (sent != null) {
            sent.add(sql.strip().replaceAll("\\s+", " "));
        }
    }

    /** Wraps the application's DataSource so that every statement executed through it is seen. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor sqlStatementCounting() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())
                            ? proxy(DataSource.class, dataSource, SqlStatements::connection) : bean;
                }
            };
        }
    }

    private interface Wrap {
        Object wrap(Method method, Object[] args, Object result);
    }

    private static <T> T proxy(Class<T> type, Object target, Wrap wrap) {
        InvocationHandler handler = (proxy, method, args) -> {
            try {
                return wrap.wrap(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Object connection(Method method, Object[] args, Object result) {
        return result instanceof Connection connection && method.getName().equals("getConnection")
                ? proxy(Connection.class, connection, SqlStatements::statement) : result;
    }

    private static Object statement(Method method, Object[] args, Object result) {
        if (result instanceof PreparedStatement prepared && method.getName().equals("prepareStatement")) {
            String sql = (String) args[0];
            int[] rows = {0};
            return proxy(PreparedStatement.class, prepared, (m, a, r) -> {
                switch (m.getName()) {
                    case "addBatch" -> rows[0]++;
                    case "executeBatch", "executeLargeBatch" -> {
                        sent(sql + " [batch of " + rows[0] + "]");
                        rows[0] = 0;
                    }
                    case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
                            sent(a == null || a.length == 0 ? sql : (String) a[0]);
                    default -> { }
                }
                return r;
            });
        }
        if (result instanceof Statement plain && method.getName().equals("createStatement")) {
            return proxy(Statement.class, plain, (m, a, r) -> {
                if (m.getName().startsWith("execute") && a != null && a.length > 0 && a[0] instanceof String sql) {
                    sent(sql);
                }
                return r;
            });
        }
        return result;
    }
}
