package dev.mga.spark;

import org.apache.spark.sql.SparkSession;

/** The one local Spark session every test of this module shares: starting one costs seconds. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("mga tests").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    // local mode talks to itself only: keep it on the loopback interface
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "localhost")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
