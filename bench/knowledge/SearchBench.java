import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Measures knowledge search latency the way the app queries it: one call of kb_search per query,
 * every row and column fetched (the app cuts the snippets from the returned text and marked words,
 * in microseconds, which this does not time). Usage: java -cp postgresql.jar SearchBench.java JDBC_URL [QUERIES]
 */
public class SearchBench {

    record Query(String q, String kind, String department, boolean publicOnly) {
    }

    private static final String[] BASE = {
            "земельный участок", "земельного участка", "аренда без торгов", "договор аренды земельного участка",
            "арендная плата", "выкуп участка под зданием", "сервитут", "публичный сервитут для линейных объектов",
            "кадастровая стоимость", "кадастровый номер", "перераспределение земель", "приватизация имущества",
            "нежилое помещение безвозмездное пользование", "оперативное управление", "вид разрешённого использования",
            "выписка ЕГРН", "многодетные семьи бесплатно", "индивидуальное жилищное строительство",
            "фермерское хозяйство", "неустойка просрочка", "претензия задолженность", "купли-продажи",
            "отказ в предоставлении", "обжаловать отказ", "административное правонарушение протокол",
            "самовольное занятие", "реестр государственного имущества", "межевой план", "охранная зона",
            "срок рассмотрения обращения", "доверенность представителя", "бюджетная смета", "должностная инструкция",
            "обучение консультационной линии", "водоохранная зона", "нестационарный торговый объект",
            "гаражная амнистия", "садовый участок товарищество", "бессрочное пользование переоформление",
            "рыночная стоимость оценщик", "концессионное соглашение", "Колывань", "Бердск аренда",
            // one typo each
            "зимельный участок", "учасок", "арендная палата", "сирвитут", "кадастравая стоимость",
            "приватизацыя", "перераспредиление", "гаражная амнистья", "задолжность", "межевой плант",
            // no match at all
            "квантовая хромодинамика", "регистрация брака",
    };

    private static final String[] KINDS = { "faq", "answer_template", "solution_example", "regulatory_acts" };
    private static final String[] DEPARTMENTS = { "land", "property", "legal", "revenue", "control" };

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Random random = new Random(2611);
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            List<Query> queries = new ArrayList<>();
            List<String> questions = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select question from kb_article where kind = 'faq' and status = 'published' order by id limit 60")) {
                while (rs.next()) {
                    questions.add(rs.getString(1));
                }
            }
            for (int i = 0; i < count; i++) {
                String q = i % 5 == 4 && !questions.isEmpty()
                        ? questions.get(random.nextInt(questions.size()))
                        : BASE[random.nextInt(BASE.length)];
                int variant = random.nextInt(10);
                queries.add(new Query(q,
                        variant == 0 ? KINDS[random.nextInt(KINDS.length)] : null,
                        variant == 1 ? DEPARTMENTS[random.nextInt(DEPARTMENTS.length)] : null,
                        variant >= 8));
            }

            try (PreparedStatement ps = c.prepareStatement(
                    "select * from kb_search(?, ?, ?, null, ?, 20)")) {
                for (int i = 0; i < 60; i++) {
                    run(ps, queries.get(i % queries.size()));
                }
                long backendCpuBefore = backendCpuTicks(c);
                List<Double> millis = new ArrayList<>();
                List<String> slowest = new ArrayList<>();
                long hits = 0;
                long empty = 0;
                for (Query q : queries) {
                    long start = System.nanoTime();
                    int n = run(ps, q);
                    double ms = (System.nanoTime() - start) / 1e6;
                    millis.add(ms);
                    slowest.add(String.format("%8.2f ms  %s", ms, q));
                    hits += n;
                    empty += n == 0 ? 1 : 0;
                }
                long backendCpuTicks = backendCpuTicks(c) - backendCpuBefore;
                Collections.sort(millis);
                slowest.sort(Collections.reverseOrder());
                try (ResultSet rs = c.createStatement().executeQuery(
                        "select count(*), count(*) filter (where status = 'published'), (select count(*) from kb_lexeme) from kb_article")) {
                    rs.next();
                    System.out.printf("articles: %d (%d published), vocabulary: %d lexemes%n", rs.getLong(1), rs.getLong(2), rs.getLong(3));
                }
                System.out.printf("queries: %d (%d without hits), mean hits per query: %.1f%n", millis.size(), empty,
                        hits / (double) millis.size());
                System.out.printf("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f  mean %.2f%n",
                        pct(millis, 50), pct(millis, 95), pct(millis, 99), millis.get(millis.size() - 1),
                        millis.stream().mapToDouble(Double::doubleValue).average().orElse(0));
                if (backendCpuTicks >= 0) {
                    System.out.printf("server CPU per query (mean, from /proc, 10 ms ticks): %.2f ms%n",
                            backendCpuTicks * 10.0 / millis.size());
                }
                try (java.io.BufferedReader load = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("/proc/loadavg"))) {
                    System.out.println("load average during the run: " + load.readLine());
                } catch (java.io.IOException e) {
                    // not Linux: no load figure
                }
                if (System.getenv("BENCH_SHOW_SLOWEST") != null) {
                    slowest.stream().limit(12).forEach(System.out::println);
                }
            }
        }
    }

    private static int run(PreparedStatement ps, Query q) throws Exception {
        ps.setString(1, q.q());
        ps.setString(2, q.kind());
        ps.setString(3, q.department());
        ps.setBoolean(4, q.publicOnly());
        int n = 0;
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                n++;
            }
        }
        return n;
    }

    /**
     * CPU the PostgreSQL backend serving this connection has used (utime + stime), when the server
     * runs on this machine; -1 otherwise. On a busy machine wall-clock latency includes waiting for
     * a core, CPU time does not.
     */
    private static long backendCpuTicks(Connection c) {
        try (ResultSet rs = c.createStatement().executeQuery("select pg_backend_pid()")) {
            rs.next();
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + rs.getInt(1) + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (Exception e) {
            return -1;
        }
    }

    private static double pct(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
