package org.recall.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The pool's data source, counting the connections Recall holds right now, how many it took, and the
 * time spent waiting for one: Payara keeps its pool statistics for pools declared in its own
 * configuration, not for an application's {@code @DataSourceDefinition}, so the count is taken here,
 * where every connection of the application is taken and given back.
 */
public final class MeteredDataSource implements DataSource {

    private final DataSource pool;
    private final int maxPoolSize;
    private final AtomicInteger inUse = new AtomicInteger();
    private final LongAdder acquired = new LongAdder();
    private final LongAdder waitNanos = new LongAdder();

    public MeteredDataSource(DataSource pool, int maxPoolSize) {
        this.pool = pool;
        this.maxPoolSize = maxPoolSize;
    }

    public int inUse() {
        return inUse.get();
    }

    public int maxPoolSize() {
        return maxPoolSize;
    }

    public long acquired() {
        return acquired.sum();
    }

    /** Total time spent in {@code getConnection}, waiting for the pool (or for a new connection). */
    public double waitSeconds() {
        return waitNanos.sum() / 1e9;
    }

    @Override
    public Connection getConnection() throws SQLException {
        long start = System.nanoTime();
        Connection connection = pool.getConnection();
        return counted(connection, start);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        long start = System.nanoTime();
        Connection connection = pool.getConnection(username, password);
        return counted(connection, start);
    }

    private Connection counted(Connection connection, long start) {
        waitNanos.add(System.nanoTime() - start);
        acquired.increment();
        inUse.incrementAndGet();
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                        inUse.decrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : pool.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || pool.isWrapperFor(type);
    }
}
