// Team server benchmarks (issue #17), each against a private PostgreSQL 15 cluster that this
// program starts in a temporary folder (tests/support/postgrescluster.h; never a system cluster):
//  1. desks: N desk logins on loopback, each pushing a call event every 2 s through
//     push_changes; a lead login wakes on the LISTEN doorbell and pulls with pull_changes. Prints
//     the time from a desk's commit to the lead's pull seeing the event, the server's CPU and
//     memory (from /proc of the postgres processes) and this program's own CPU.
//  2. offline: a desk back after an 8-hour shift pushes 2,000 events in batches, then pulls until
//     it holds everything: the time until it is in sync.
//  3. hands (issue #18): while N simulated desks push as in 1., a real desk and a real lead, each
//     with its own journal and TeamSync worker, in the same team: the time from the desk writing
//     a raised hand to the lead's board (TeamBoardReader after teamRowsArrived) listing it.
//  4. history: five years of a team of 300 generated server-side with generate_series; the
//     dashboard's questions asked as a lead login, with the plans (auto_explain) printed.
// Figures are printed as Markdown; nothing is asserted (shared machines are too noisy).
#include "benchsupport.h"
#include "journal/journal.h"
#include "journal/schema.h"
#include "journal/timestamp.h"
#include "postgrescluster.h"
#include "schemamigrator.h"
#include "scramverifier.h"
#include "serveraddress.h"
#include "serverconnection.h"
#include "teamboard.h"
#include "teamstore.h"
#include "teamsync.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

#include <libpq-fe.h>
#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

using namespace steadyline;
using namespace steadyline::bench;
using steadyline::test::PostgresCluster;

namespace {

const QString kDatabase = QStringLiteral("steadyline");
const QString kPassword = QStringLiteral("benchmark-password");
const QString kTeam = QStringLiteral("north");

struct Options
{
    int desks = 300;
    int seconds = 60;
    int offlineEvents = 2000;
    int offlineBatch = 250;
    long long historyCalls = 10'000'000;
    int eventsPerCall = 10;
    int hands = 40;
    int handsLongestSeconds = 120; // a lead that falls behind must not keep the run going for hours
    int handIntervalMs = 1500;
    int handsWarmUpSeconds = 5;
    bool runDesks = true;
    bool runOffline = true;
    bool runHands = true;
    bool runHistory = true;
};

[[noreturn]] void fail(const QString &what)
{
    std::fprintf(stderr, "steadyline_bench_server: %s\n", qPrintable(what));
    std::exit(1);
}

struct PgConnectionDeleter
{
    void operator()(PGconn *connection) const { PQfinish(connection); }
};
using Connection = std::unique_ptr<PGconn, PgConnectionDeleter>;

struct PgResultDeleter
{
    void operator()(PGresult *result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, PgResultDeleter>;

Connection connectTo(const QString &url, const QString &password = {})
{
    const QByteArray urlBytes = url.toUtf8();
    const QByteArray passwordBytes = password.toUtf8();
    const char *keys[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char *values[] = {urlBytes.constData(), passwordBytes.constData(), nullptr};
    Connection connection(PQconnectdbParams(keys, values, 1));
    if (PQstatus(connection.get()) != CONNECTION_OK)
        fail(QStringLiteral("cannot connect to %1: %2").arg(url, QString::fromUtf8(PQerrorMessage(connection.get()))));
    return connection;
}

// Runs a statement, failing the benchmark when it fails; the result for those that return rows.
Result exec(PGconn *connection, const QString &sql, const std::vector<std::string> &parameters = {})
{
    std::vector<const char *> values;
    for (const std::string &parameter : parameters)
        values.push_back(parameter.c_str());
    Result result(PQexecParams(connection, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(),
                               nullptr, nullptr, 0));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(QStringLiteral("%1\nfailed: %2").arg(sql.left(300), QString::fromUtf8(PQerrorMessage(connection))));
    return result;
}

QString scalar(PGconn *connection, const QString &sql)
{
    const Result result = exec(connection, sql);
    return PQntuples(result.get()) > 0 ? QString::fromUtf8(PQgetvalue(result.get(), 0, 0)) : QString();
}

std::string newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

std::string isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

// --- the cluster and its schema ------------------------------------------------------------------

void migrate(const PostgresCluster &cluster, const QString &database)
{
    QString error;
    const std::optional<server::ServerAddress> address = server::parseServerUrl(cluster.superuserUrl(database), &error);
    if (!address)
        fail(error);
    server::ServerConnection connection;
    if (!connection.open(*address, &error))
        fail(error);
    const server::MigrationOutcome outcome = server::SchemaMigrator(connection.database()).migrate();
    if (!outcome.ok)
        fail(outcome.error);
}

// Logins of one team, all with the same password (one SCRAM verifier made once).
void addMembers(PGconn *superuser, const QString &team, const QString &role, const QStringList &logins)
{
    static const std::string verifier = server::scramVerifier(kPassword).toStdString();
    for (const QString &login : logins)
        exec(superuser, QStringLiteral("SELECT steadyline.add_member($1, $2, $3, $4)"),
             {login.toStdString(), verifier, role.toStdString(), team.toStdString()});
}

QStringList deskLogins(const QString &prefix, int count)
{
    QStringList logins;
    for (int i = 1; i <= count; ++i)
        logins << QStringLiteral("%1%2").arg(prefix).arg(i, 3, 10, QLatin1Char('0'));
    return logins;
}

// --- the server's processes, from /proc -----------------------------------------------------------

struct ServerUsage
{
    double cpuSeconds = 0; // user + system of every postgres process of the cluster
    double pssMiB = 0;     // proportional set size: shared memory counted once, not per process
    int processes = 0;
};

long postmasterPid(const PostgresCluster &cluster)
{
    QFile pidFile(cluster.dataFolder() + QStringLiteral("/postmaster.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return -1;
    return pidFile.readLine().trimmed().toLong();
}

ServerUsage serverUsage(long postmaster, bool withMemory)
{
    ServerUsage usage;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &entry : entries) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // After the command's closing parenthesis: state ppid ... (utime is field 14, stime 15).
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            continue;
        const long pid = entry.toLong();
        if (pid != postmaster && fields[1].toLong() != postmaster)
            continue;
        ++usage.processes;
        usage.cpuSeconds += (fields[11].toDouble() + fields[12].toDouble()) / ticks;
        if (!withMemory)
            continue;
        QFile rollup(QStringLiteral("/proc/%1/smaps_rollup").arg(entry));
        if (!rollup.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : rollup.readAll().split('\n'))
            if (line.startsWith("Pss:"))
                usage.pssMiB += line.simplified().split(' ').value(1).toDouble() / 1024.0;
    }
    return usage;
}

double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double percentile(std::vector<double> sorted, double fraction)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto index = std::min(sorted.size() - 1, size_t(fraction * double(sorted.size())));
    return sorted[index];
}

// --- 1. desks pushing, a lead pulling ------------------------------------------------------------

// The lead: LISTEN as the doorbell, a pull at every ring and at least once a second.
class Lead
{
public:
    explicit Lead(Connection connection)
        : m_connection(std::move(connection))
    {
        exec(m_connection.get(), QStringLiteral("LISTEN steadyline_changes"));
        m_since = 0;
    }

    void start()
    {
        m_thread = std::thread([this] { run(); });
    }

    void stop()
    {
        m_stop = true;
        m_thread.join();
    }

    [[nodiscard]] const std::unordered_map<std::string, BenchClock::time_point> &seen() const { return m_seen; }
    [[nodiscard]] int pulls() const { return m_pulls; }

private:
    void run()
    {
        pollfd socket{PQsocket(m_connection.get()), POLLIN, 0};
        while (!m_stop) {
            ::poll(&socket, 1, 1000);
            PQconsumeInput(m_connection.get());
            while (PGnotify *notify = PQnotifies(m_connection.get()))
                PQfreemem(notify);
            pull();
        }
    }

    void pull()
    {
        for (;;) {
            const Result rows =
                exec(m_connection.get(), QStringLiteral("SELECT seq, id FROM steadyline.pull_changes($1, 5000)"),
                     {std::to_string(m_since)});
            ++m_pulls;
            const auto now = BenchClock::now();
            const int count = PQntuples(rows.get());
            for (int row = 0; row < count; ++row) {
                m_since = std::max(m_since, std::atoll(PQgetvalue(rows.get(), row, 0)));
                m_seen.emplace(PQgetvalue(rows.get(), row, 1), now);
            }
            if (count < 5000)
                return;
        }
    }

    Connection m_connection;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    long long m_since = 0;
    int m_pulls = 0;
    std::unordered_map<std::string, BenchClock::time_point> m_seen;
};

std::string callChange(const std::string &id, const QDateTime &started, const char *outcome)
{
    return QStringLiteral(R"({"kind":"call","id":"%1","data":{"started_at":"%2",%3"channel":"phone",)"
                          R"("playbook_id":"aggressive-caller-pl","playbook_revision":3}})")
        .arg(QString::fromStdString(id), QString::fromStdString(isoTime(started)),
             outcome ? QStringLiteral(R"("ended_at":"%1","outcome":"%2",)")
                           .arg(QString::fromStdString(isoTime(started.addSecs(240))), QString::fromLatin1(outcome))
                     : QString())
        .toStdString();
}

std::string timelineChange(const std::string &id, const std::string &callId, const QDateTime &at)
{
    return R"({"kind":"timeline","id":")" + id + R"(","data":{"call_id":")" + callId + R"(","at":")" + isoTime(at) +
           R"(","kind":"line_said","step_id":"calm_down","detail":""}})";
}

// Desk logins with one open call each, every one pushing a timeline event of that call every 2 s
// through push_changes with libpq's asynchronous calls, spread evenly over the 2 s as real desks'
// pushes arrive. Keeps when each event was sent and when its push committed.
class DeskCrowd
{
public:
    DeskCrowd(const PostgresCluster &cluster, const QStringList &logins)
    {
        QElapsedTimer connecting;
        connecting.start();
        m_desks.resize(size_t(logins.size()));
        for (qsizetype i = 0; i < logins.size(); ++i) {
            Desk &desk = m_desks[size_t(i)];
            desk.connection = connectTo(cluster.loginUrl(kDatabase, logins[i]), kPassword);
            // One open call per desk; every event of the run belongs to it.
            desk.callId = newUuid();
            exec(desk.connection.get(), QStringLiteral("SELECT steadyline.push_changes($1::jsonb)"),
                 {"[" + callChange(desk.callId, QDateTime::currentDateTimeUtc(), nullptr) + "]"});
        }
        m_connectSeconds = double(connecting.elapsed()) / 1000.0;
    }

    // Pushes from `firstPush` on for as long as `keepSending(now)` says so (asked at least every
    // 50 ms), then waits for the pushes still under way.
    void run(BenchClock::time_point firstPush, const std::function<bool(BenchClock::time_point)> &keepSending)
    {
        const auto deskCount = static_cast<long long>(m_desks.size());
        for (size_t i = 0; i < m_desks.size(); ++i)
            m_desks[i].nextPush = firstPush + std::chrono::milliseconds(2000LL * static_cast<long long>(i) / deskCount);
        bool sending = true;
        std::vector<pollfd> sockets;
        std::vector<Desk *> polled;
        for (;;) {
            const auto now = BenchClock::now();
            sending = sending && keepSending(now);
            auto wake = now + std::chrono::milliseconds(50);
            sockets.clear();
            polled.clear();
            for (Desk &desk : m_desks) {
                if (sending && !desk.busy && now >= desk.nextPush)
                    send(desk);
                if (desk.busy) {
                    sockets.push_back({PQsocket(desk.connection.get()), POLLIN, 0});
                    polled.push_back(&desk);
                } else if (sending) {
                    wake = std::min(wake, desk.nextPush);
                }
            }
            if (!sending && polled.empty())
                return;
            const auto timeout = std::chrono::duration_cast<std::chrono::milliseconds>(wake - now).count();
            ::poll(sockets.data(), nfds_t(sockets.size()), int(std::max<long long>(0, timeout)));
            for (size_t i = 0; i < sockets.size(); ++i)
                if (sockets[i].revents & (POLLIN | POLLERR | POLLHUP))
                    receive(*polled[i]);
        }
    }

    [[nodiscard]] double connectSeconds() const { return m_connectSeconds; }
    [[nodiscard]] const std::unordered_map<std::string, BenchClock::time_point> &sent() const { return m_sent; }
    [[nodiscard]] const std::unordered_map<std::string, BenchClock::time_point> &committed() const
    {
        return m_committed;
    }
    [[nodiscard]] int failedPushes() const { return m_failedPushes; }

private:
    struct Desk
    {
        Connection connection;
        std::string callId;
        BenchClock::time_point nextPush;
        bool busy = false;
        std::string pendingEvent;
    };

    void send(Desk &desk)
    {
        desk.pendingEvent = newUuid();
        const std::string changes =
            "[" + timelineChange(desk.pendingEvent, desk.callId, QDateTime::currentDateTimeUtc()) + "]";
        const char *values[] = {changes.c_str()};
        if (!PQsendQueryParams(desk.connection.get(), "SELECT steadyline.push_changes($1::jsonb)", 1, nullptr, values,
                               nullptr, nullptr, 0))
            fail(QString::fromUtf8(PQerrorMessage(desk.connection.get())));
        m_sent.emplace(desk.pendingEvent, BenchClock::now());
        desk.busy = true;
        desk.nextPush += std::chrono::seconds(2);
    }

    void receive(Desk &desk)
    {
        PQconsumeInput(desk.connection.get());
        while (desk.busy && !PQisBusy(desk.connection.get())) {
            PGresult *result = PQgetResult(desk.connection.get());
            if (!result) {
                m_committed.emplace(desk.pendingEvent, BenchClock::now());
                desk.busy = false;
                break;
            }
            if (PQresultStatus(result) != PGRES_TUPLES_OK)
                ++m_failedPushes;
            PQclear(result);
        }
    }

    std::vector<Desk> m_desks;
    double m_connectSeconds = 0;
    std::unordered_map<std::string, BenchClock::time_point> m_sent;
    std::unordered_map<std::string, BenchClock::time_point> m_committed;
    int m_failedPushes = 0;
};

void desksBenchmark(PostgresCluster &cluster, const Options &options)
{
    const QStringList logins = deskLogins(QStringLiteral("desk"), options.desks);
    {
        const Connection superuser = connectTo(cluster.superuserUrl(kDatabase));
        exec(superuser.get(), QStringLiteral("SELECT steadyline.add_team($1)"), {kTeam.toStdString()});
        addMembers(superuser.get(), kTeam, QStringLiteral("agent"), logins);
        addMembers(superuser.get(), kTeam, QStringLiteral("lead"), {QStringLiteral("lead_north")});
    }
    DeskCrowd crowd(cluster, logins);
    const auto firstPush = BenchClock::now() + std::chrono::seconds(1);
    Lead lead(connectTo(cluster.loginUrl(kDatabase, QStringLiteral("lead_north")), kPassword));
    lead.start();

    const long postmaster = postmasterPid(cluster);
    const auto warmEnd = firstPush + std::chrono::seconds(5);
    const auto runEnd = warmEnd + std::chrono::seconds(options.seconds);
    std::optional<ServerUsage> usageAtStart;
    double clientCpuAtStart = 0;
    ServerUsage usageAtEnd;
    double clientCpuAtEnd = 0;
    crowd.run(firstPush, [&](BenchClock::time_point now) {
        if (!usageAtStart && now >= warmEnd) {
            usageAtStart = serverUsage(postmaster, false);
            clientCpuAtStart = processCpuSeconds();
        }
        const bool sending = now < runEnd;
        if (!sending && usageAtStart && usageAtEnd.processes == 0) {
            usageAtEnd = serverUsage(postmaster, true);
            clientCpuAtEnd = processCpuSeconds();
        }
        return sending;
    });
    // Events of the last 2 s get the time to arrive.
    std::this_thread::sleep_for(std::chrono::seconds(3));
    lead.stop();

    std::vector<double> fromCommit;
    std::vector<double> fromSend;
    int missing = 0;
    for (const auto &[event, sentAt] : crowd.sent()) {
        if (sentAt < warmEnd)
            continue;
        const auto seen = lead.seen().find(event);
        const auto commit = crowd.committed().find(event);
        if (seen == lead.seen().end() || commit == crowd.committed().end()) {
            ++missing;
            continue;
        }
        fromCommit.push_back(std::chrono::duration<double, std::milli>(seen->second - commit->second).count());
        fromSend.push_back(std::chrono::duration<double, std::milli>(seen->second - sentAt).count());
    }
    const double seconds = options.seconds;
    const double serverCpu = (usageAtEnd.cpuSeconds - usageAtStart->cpuSeconds) / seconds * 100.0;
    const double clientCpu = (clientCpuAtEnd - clientCpuAtStart) / seconds * 100.0;
    const double p95 = percentile(fromCommit, 0.95);
    std::printf("%d desk logins and one lead login of the team \"%s\" over TLS on 127.0.0.1, each desk pushing one "
                "timeline event every 2 s (%.0f pushes/s); measured for %d s after a 5 s warm-up. Connecting the "
                "desks (TLS, SCRAM, one first push each) took %.1f s.\n\n",
                options.desks, qPrintable(kTeam), options.desks / 2.0, options.seconds, crowd.connectSeconds());
    std::printf("| Figure | Value | Target | Met |\n|---|---|---|---|\n");
    std::printf("| Desk's commit → lead's pull sees it: median | %.1f ms | | |\n", percentile(fromCommit, 0.5));
    std::printf("| Desk's commit → lead's pull sees it: 95th percentile | %.1f ms | < 1000 ms | %s |\n", p95,
                p95 < 1000 ? "met" : "**missed**");
    std::printf("| Desk's commit → lead's pull sees it: 99th percentile / slowest | %.1f / %.1f ms | | |\n",
                percentile(fromCommit, 0.99), percentile(fromCommit, 1.0));
    std::printf("| Desk sends → lead sees (push included): median / 95th percentile | %.1f / %.1f ms | | |\n",
                percentile(fromSend, 0.5), percentile(fromSend, 0.95));
    std::printf("| Events measured / not seen by the lead / failed pushes | %zu / %d / %d | all seen | %s |\n",
                fromCommit.size(), missing, crowd.failedPushes(),
                missing == 0 && crowd.failedPushes() == 0 ? "met" : "**missed**");
    std::printf("| Lead's pulls | %d (%.1f/s) | | |\n", lead.pulls(), lead.pulls() / (seconds + 8));
    std::printf("| Server CPU (all %d postgres processes) | %.0f %% of one core | | |\n", usageAtEnd.processes,
                serverCpu);
    std::printf("| Server memory (sum of PSS, shared buffers counted once) | %.0f MiB | | |\n", usageAtEnd.pssMiB);
    std::printf("| This benchmark's own CPU (desks and lead, one process) | %.0f %% of one core | | |\n\n", clientCpu);
}

// --- 2. a desk back after an offline shift --------------------------------------------------------

void offlineBenchmark(PostgresCluster &cluster, const Options &options)
{
    {
        const Connection superuser = connectTo(cluster.superuserUrl(kDatabase));
        if (scalar(superuser.get(), QStringLiteral("SELECT count(*) FROM steadyline.teams WHERE name = 'north'")) ==
            QStringLiteral("0"))
            exec(superuser.get(), QStringLiteral("SELECT steadyline.add_team('north')"));
        addMembers(superuser.get(), kTeam, QStringLiteral("agent"), {QStringLiteral("returning_desk")});
    }
    // An 8-hour shift: calls of about 25 events each (the call, then its timeline), in time order.
    const int perCall = 25;
    const int calls = std::max(1, options.offlineEvents / perCall);
    std::vector<double> totals;
    std::vector<double> pushes;
    long long since = 0;
    const int rounds = 3;
    for (int round = 0; round < rounds; ++round) {
        std::vector<std::string> outbox;
        const QDateTime shiftStart = QDateTime::currentDateTimeUtc().addSecs(-8 * 3600 - round * 86400);
        for (int call = 0; call < calls; ++call) {
            const std::string callId = newUuid();
            const QDateTime started = shiftStart.addSecs(qint64(call) * 8 * 3600 / calls);
            outbox.push_back(callChange(callId, started, "resolved"));
            for (int event = 1; event < perCall; ++event)
                outbox.push_back(timelineChange(newUuid(), callId, started.addSecs(event * 8)));
        }
        // A fresh connection each round: the desk has just come back.
        const auto start = BenchClock::now();
        const Connection desk = connectTo(cluster.loginUrl(kDatabase, QStringLiteral("returning_desk")), kPassword);
        for (size_t first = 0; first < outbox.size(); first += size_t(options.offlineBatch)) {
            std::string batch = "[";
            for (size_t i = first; i < std::min(outbox.size(), first + size_t(options.offlineBatch)); ++i)
                batch += (i == first ? "" : ",") + outbox[i];
            batch += "]";
            exec(desk.get(), QStringLiteral("SELECT steadyline.push_changes($1::jsonb)"), {batch});
        }
        pushes.push_back(msSince(start));
        // Then the pull until nothing is left: the desk holds what the server holds for it.
        int pulled = 0;
        for (;;) {
            const Result rows = exec(desk.get(), QStringLiteral("SELECT seq FROM steadyline.pull_changes($1, 1000)"),
                                     {std::to_string(since)});
            const int count = PQntuples(rows.get());
            if (count > 0)
                since = std::atoll(PQgetvalue(rows.get(), count - 1, 0));
            pulled += count;
            if (count < 1000)
                break;
        }
        totals.push_back(msSince(start));
        if (pulled < int(outbox.size()))
            fail(QStringLiteral("the desk pulled %1 changes back, fewer than the %2 it pushed")
                     .arg(pulled)
                     .arg(outbox.size()));
    }
    std::printf("One desk login pushes %d changes (%d calls with %d timeline events each) in batches of %d, on a "
                "fresh TLS connection, then pulls until it holds everything the server keeps for it; %d rounds.\n\n",
                calls * perCall, calls, perCall - 1, options.offlineBatch, rounds);
    std::printf("| What | Median | Fastest – slowest | Target | Met |\n|---|---|---|---|---|\n");
    row("Pushing the shift (connect included)", figureOf(pushes), "ms", "", true);
    const Figure total = figureOf(totals);
    row("Until in sync (connect, push, pull)", total, "ms", "< 10000 ms", total.max < 10000);
    std::printf("\n");
}

// --- 4. five years of a team ---------------------------------------------------------------------

// The data set is made by the superuser (row-level security does not apply to it) in the shape the
// desks' pushes leave: calls; timeline events; one promise per 20 calls with a status change for
// most; the promises' current status. UUIDs are made from the row's number so the generator is
// fast; real desks' random UUIDs make the primary keys larger, not the dashboard's indexes.
void generateHistory(PGconn *superuser, long long calls, int eventsPerCall)
{
    struct Step
    {
        const char *what;
        QString sql;
    };
    // Two teams: "north" holds 300 agents and most calls; "south" 30 agents and a tenth as many,
    // so that a lead of north seeing none of south's rows is measured too.
    const QString callRows = QStringLiteral(R"(
INSERT INTO steadyline.calls (id, login, team, started_at, ended_at, channel, outcome, playbook_id, playbook_revision,
                              training, method_end)
SELECT ('00000000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid,
       CASE WHEN i % 11 = 0 THEN 'south_' || (i % 30) ELSE 'agent_' || (i % 300) END,
       CASE WHEN i % 11 = 0 THEN 'south' ELSE 'north' END,
       s.started, s.started + make_interval(secs => 60 + (i * 37) % 900),
       'phone',
       CASE WHEN i = %1 THEN NULL
            WHEN i % 100 < 60 THEN 'resolved' WHEN i % 100 < 72 THEN 'ended_by_consultant'
            WHEN i % 100 < 77 THEN 'escalated' WHEN i % 100 < 87 THEN 'handed_over'
            WHEN i % 100 < 97 THEN 'caller_hung_up' ELSE 'interrupted' END,
       'aggressive-caller-pl', 3, i % 20 = 7, %2
FROM generate_series(1, %1) AS i,
     LATERAL (SELECT now() - interval '5 years' + (interval '5 years' * i / %1) AS started) s)")
                                 .arg(calls)
                                 // The trigger's calls.method_end, as the timeline below leaves it: a
                                 // countdown after the last step entered once a call has 4 events.
                                 .arg(eventsPerCall >= 4 ? QStringLiteral("true") : QStringLiteral("false"));
    // Every fifth event a step of the method (help offered first, then as far as boundary, final
    // warning or countdown), every fifth a countdown and every fifth a final action; a quarter of
    // the calls calmed, a quarter hung up at 3½, a tenth with a cool-down.
    const QString timelineRows = QStringLiteral(R"(
INSERT INTO steadyline.timeline_events (id, call_id, login, team, at, kind, step_id, detail)
SELECT ('00000001-0000-4000-8000-' || lpad(to_hex(n.h * %1 + k), 12, '0'))::uuid,
       c.id, c.login, c.team, c.started_at + make_interval(secs => k * 8),
       CASE WHEN k = 7 AND n.h % 10 = 3 THEN 'cooldown_started'
            ELSE (ARRAY['step_entered', 'line_said', 'line_said', 'countdown_started', 'final_action'])[1 + k % 5] END,
       CASE WHEN k % 5 = 0
            THEN (ARRAY['help_offer', 'boundary', 'final_warning', 'countdown'])[1 + least(k / 5 * (1 + n.h % 3), 3)]
            ELSE 'calm_down' END,
       CASE WHEN k = 0 THEN 'event:abuse'
            WHEN k % 5 = 0 THEN CASE WHEN n.h % 4 = 1 THEN 'event:calmed' ELSE 'event:next' END
            WHEN k % 5 = 4 THEN CASE WHEN n.h % 4 = 3 THEN 'hang_up' ELSE 'none' END
            WHEN k = 7 AND n.h % 10 = 3 THEN '180'
            ELSE '' END
FROM steadyline.calls c, generate_series(0, %1 - 1) AS k,
     LATERAL (SELECT ('x' || right(c.id::text, 12))::bit(48)::bigint AS h) n)")
                                     .arg(eventsPerCall);
    const std::vector<Step> steps = {
        {"calls", callRows},
        {"timeline events", timelineRows},
        {"promises (one per 20 calls)", QStringLiteral(R"(
INSERT INTO steadyline.promises (id, call_id, login, team, at, text, due_at)
SELECT ('00000002-0000-4000-8000-' || right(c.id::text, 12))::uuid, c.id, c.login, c.team, c.ended_at,
       'Call back about the case', c.ended_at + make_interval(days => 1 + (('x' || right(c.id::text, 6))::bit(24)::int % 14))
FROM steadyline.calls c
WHERE ('x' || right(c.id::text, 6))::bit(24)::int % 20 = 3)")},
        {"promise status changes (all but the last month's, and 2 % of the older, settled)", QStringLiteral(R"(
INSERT INTO steadyline.promise_status_changes (id, promise_id, login, team, at, status)
SELECT ('00000003-0000-4000-8000-' || right(p.id::text, 12))::uuid, p.id, p.login, p.team, p.due_at - interval '1 hour',
       CASE WHEN ('x' || right(p.id::text, 6))::bit(24)::int % 10 = 0 THEN 'cancelled' ELSE 'kept' END
FROM steadyline.promises p
WHERE p.at < now() - interval '1 month' AND ('x' || right(p.id::text, 6))::bit(24)::int % 50 <> 9)")},
        {"promises' current status", QStringLiteral(R"(
INSERT INTO steadyline.promise_current (promise_id, login, team, due_at, status, status_at, status_seq)
SELECT p.id, p.login, p.team, p.due_at, coalesce(s.status, 'open'), coalesce(s.at, '-infinity'), coalesce(s.seq, 0)
FROM steadyline.promises p LEFT JOIN steadyline.promise_status_changes s ON s.promise_id = p.id)")},
    };
    // Replica mode: no triggers and no foreign-key checks while generating (the data is made
    // consistent by construction); promise_current is filled by the last step instead.
    exec(superuser, QStringLiteral("SET session_replication_role = replica"));
    std::printf("| Generated | Rows | Time |\n|---|---|---|\n");
    for (const Step &step : steps) {
        QElapsedTimer timer;
        timer.start();
        const Result result = exec(superuser, step.sql);
        std::printf("| %s | %s | %.1f s |\n", step.what, PQcmdTuples(result.get()), double(timer.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    exec(superuser, QStringLiteral("RESET session_replication_role"));
    QElapsedTimer timer;
    timer.start();
    // The trigger that keeps the calls' summaries was off: summarise the whole timeline at once
    // (what migration 10 does to a server's existing calls).
    const QString summaries = scalar(superuser, QStringLiteral("SELECT steadyline.rebuild_call_summaries()"));
    std::printf("| call summaries (schema 10: rebuild_call_summaries() over the timeline) | %s | %.1f s |\n",
                qPrintable(summaries), double(timer.elapsed()) / 1000.0);
    timer.start();
    // The dashboard reads calls and promises: their visibility maps make index-only scans; the
    // timeline only needs its statistics.
    exec(superuser, QStringLiteral("VACUUM (ANALYZE) steadyline.calls, steadyline.call_summary, steadyline.promises, "
                                   "steadyline.promise_status_changes, steadyline.promise_current"));
    exec(superuser, QStringLiteral("ANALYZE steadyline.timeline_events"));
    std::printf("| VACUUM ANALYZE of the dashboard's tables, ANALYZE of the timeline | | %.1f s |\n\n",
                double(timer.elapsed()) / 1000.0);
}

void printSizes(PGconn *superuser)
{
    const Result sizes = exec(superuser, QStringLiteral(R"(
SELECT c.relname, pg_size_pretty(pg_table_size(c.oid)), pg_size_pretty(pg_indexes_size(c.oid)),
       pg_size_pretty(pg_total_relation_size(c.oid))
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = 'steadyline' AND c.relkind = 'r'
ORDER BY pg_total_relation_size(c.oid) DESC LIMIT 6)"));
    std::printf("| Table | Rows and TOAST | Indexes | Total |\n|---|---|---|---|\n");
    for (int row = 0; row < PQntuples(sizes.get()); ++row)
        std::printf("| %s | %s | %s | %s |\n", PQgetvalue(sizes.get(), row, 0), PQgetvalue(sizes.get(), row, 1),
                    PQgetvalue(sizes.get(), row, 2), PQgetvalue(sizes.get(), row, 3));
    std::printf(
        "\nThe database on disk: %s.\n\n",
        qPrintable(scalar(superuser, QStringLiteral("SELECT pg_size_pretty(pg_database_size(current_database()))"))));
}

struct DashboardQuestion
{
    const char *what;
    QString sql;
};

std::vector<DashboardQuestion> dashboardQuestions(const QString &team)
{
    return {
        {"Incidents this week (since Monday 00:00 UTC)",
         QStringLiteral("SELECT count(*) FROM steadyline.team_incidents('%1', date_trunc('week', now()), now())")
             .arg(team)},
        {"Outcomes per day for a month (Europe/Warsaw days)",
         QStringLiteral("SELECT count(*) FROM steadyline.team_outcomes_per_day('%1', now() - interval '30 days', "
                        "now(), 'Europe/Warsaw')")
             .arg(team)},
        {"Open promises, overdue first (the first 100)",
         QStringLiteral("SELECT count(*) FROM steadyline.team_open_promises('%1', 100)").arg(team)},
        // The dashboard's statistics (schema version 8) for the last 30 days.
        {"Statistics: abusive calls per day for a month",
         QStringLiteral("SELECT sum(incidents) FROM steadyline.dashboard_incidents('%1', now() - interval '30 days', "
                        "now(), 'Europe/Warsaw', 'day')")
             .arg(team)},
        {"Statistics: how far escalations went in a month",
         QStringLiteral("SELECT sum(calls) FROM steadyline.dashboard_escalations('%1', now() - interval '30 days', "
                        "now())")
             .arg(team)},
        {"Incident report for a year",
         QStringLiteral("SELECT count(*) FROM steadyline.incident_report(now() - interval '1 year', now(), "
                        "'Europe/Warsaw')")},
    };
}

void historyBenchmark(const Options &options)
{
    // A cluster of its own, sized for the data set: generation and the dashboard's reads.
    PostgresCluster cluster(QStringLiteral("shared_buffers = '2GB'\nmaintenance_work_mem = '1GB'\n"
                                           "work_mem = '64MB'\nmax_wal_size = '4GB'\ncheckpoint_timeout = '30min'\n"
                                           "synchronous_commit = off\nwal_level = minimal\nmax_wal_senders = 0\n"
                                           "effective_cache_size = '12GB'\nrandom_page_cost = 1.1\n"));
    if (!cluster.problem().isEmpty())
        fail(cluster.problem());
    if (!cluster.createDatabase(kDatabase))
        fail(cluster.problem());
    migrate(cluster, kDatabase);
    const Connection superuser = connectTo(cluster.superuserUrl(kDatabase));
    exec(superuser.get(), QStringLiteral("SELECT steadyline.add_team('north'), steadyline.add_team('south')"));
    addMembers(superuser.get(), QStringLiteral("north"), QStringLiteral("lead"), {QStringLiteral("lead_north")});
    addMembers(superuser.get(), QStringLiteral("south"), QStringLiteral("lead"), {QStringLiteral("lead_south")});

    std::printf("Generated in the private cluster with generate_series (shared_buffers 2 GB, fsync off): %lld "
                "calls over 5 years (10/11 of team north's 300 agents, 1/11 of team south's 30), %d timeline events "
                "per call.\n\n",
                options.historyCalls, options.eventsPerCall);
    generateHistory(superuser.get(), options.historyCalls, options.eventsPerCall);
    printSizes(superuser.get());

    // As the lead of north, over TLS with their own password: row-level security applies.
    const Connection lead = connectTo(cluster.loginUrl(kDatabase, QStringLiteral("lead_north")), kPassword);
    const Connection otherLead = connectTo(cluster.loginUrl(kDatabase, QStringLiteral("lead_south")), kPassword);
    std::printf("Asked by the lead login of north over TLS (row-level security applies); each the median of 10 "
                "runs after one warm-up.\n\n");
    std::printf("| Question | Rows | Median | Fastest – slowest | Target | Met | Lead of south asking about "
                "north |\n|---|---|---|---|---|---|---|\n");
    for (const DashboardQuestion &question : dashboardQuestions(QStringLiteral("north"))) {
        const QString rows = scalar(lead.get(), question.sql);
        const Figure figure = measure(10, [&] { (void)scalar(lead.get(), question.sql); });
        std::printf("| %s | %s | %.1f ms | %.1f – %.1f | < 200 ms | %s | %s rows |\n", question.what, qPrintable(rows),
                    figure.median, figure.min, figure.max, figure.median < 200 ? "met" : "**missed**",
                    qPrintable(scalar(otherLead.get(), question.sql)));
    }
    std::printf("\n");

    // The plans the functions' queries ran with, as the lead: auto_explain reports nested
    // statements; SET SESSION AUTHORIZATION makes session_user the lead, so row-level security
    // is the lead's.
    for (const DashboardQuestion &question : dashboardQuestions(QStringLiteral("north"))) {
        const test::PsqlRun run = cluster.psql(
            cluster.superuserUrl(kDatabase),
            QStringLiteral("LOAD 'auto_explain'; SET auto_explain.log_min_duration = 0; "
                           "SET auto_explain.log_analyze = on; SET auto_explain.log_nested_statements = on; "
                           "SET auto_explain.log_buffers = on; SET auto_explain.log_timing = on; "
                           "SET SESSION AUTHORIZATION lead_north; SET client_min_messages = log; %1")
                .arg(question.sql));
        // The function's own query: not the outer SELECT, not the look-ups of the reader's role.
        QString plan = run.err;
        for (const QString &logged : run.err.split(QStringLiteral("LOG:  duration:")))
            if (logged.contains(QStringLiteral("Query Text: \n")) && !logged.contains(QStringLiteral("count(*)")))
                plan = QStringLiteral("duration:") + logged.section(QStringLiteral("\npsql:"), 0, 0).trimmed();
        std::printf("Plan of \"%s\" as lead_north:\n\n```\n%s\n```\n\n", question.what, qPrintable(plan));
    }
}

// --- 3. a raised hand, from the desk's key press to the lead's board -------------------------------

// The abusive calls of this many days are on the lead's board (TeamBoardWindow::kIncidentDays).
constexpr int kBoardIncidentDays = 7;
// The lead's window reads its board at most this often however often rows arrive: the first
// teamRowsArrived starts a single-shot timer and the board is read when it fires
// (TeamFeatures::kBoardRefreshMs, m_boardRefresh).
constexpr int kBoardRefreshMs = 250;
// A hand the lead has not seen by then is counted as never seen.
constexpr auto kLongestWaitForHand = std::chrono::seconds(10);

// A desk as a user has it: a journal in a folder of its own, joined to the team, and the sync
// worker with the timing every desk runs (SyncTiming's defaults).
struct RealDesk
{
    RealDesk(const PostgresCluster &cluster, const QString &login, const QString &team)
    {
        if (!home.isValid())
            fail(QStringLiteral("cannot make a temporary folder for the desk of %1").arg(login));
        QString error;
        deskJournal = journal::Journal::open(home.path(), &error);
        if (!deskJournal)
            fail(error);
        auto address = server::parseServerUrl(cluster.loginUrl(kDatabase, login), &error);
        if (!address)
            fail(error);
        // As `steadyline team join` leaves a desk: the membership in the journal. The password
        // goes in the address, not in libpq's password file, since two desks share this process.
        if (!store().join(address->displayText(), login, team, QString(), &error))
            fail(error);
        address->password = kPassword;
        worker = std::make_unique<sync::TeamSync>(home.path(), *address, sync::SyncTiming{});
    }

    [[nodiscard]] QSqlDatabase database() const { return QSqlDatabase::database(deskJournal->connectionName(), false); }
    [[nodiscard]] sync::TeamStore store() const { return sync::TeamStore(database()); }

    QTemporaryDir home;
    std::unique_ptr<journal::Journal> deskJournal;
    std::unique_ptr<sync::TeamSync> worker; // stops before the journal closes
};

// Runs this thread's event loop (the sync workers' signals arrive through it) until `done` or
// `deadline`; false when the deadline came first.
bool runEventsUntil(const std::function<bool()> &done, BenchClock::time_point deadline)
{
    // The loop wakes at least every 5 ms to look at the clock; the times measured are taken in
    // the slots themselves, so this does not add to them.
    QTimer wakeUp;
    wakeUp.start(5);
    while (!done()) {
        if (BenchClock::now() >= deadline)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

void waitFor(BenchClock::time_point until)
{
    runEventsUntil([] { return false; }, until);
}

void check(const journal::WriteResult &written)
{
    if (!written.ok)
        fail(written.error);
}

// The hand raised now, and when the lead's board first listed it.
struct Hand
{
    QString callUuid;
    BenchClock::time_point pressed;
    QDateTime pressedAt;                               // the same moment by the wall clock the journal writes
    std::optional<BenchClock::time_point> rowsArrived; // the first teamRowsArrived with its row in the journal
    std::optional<BenchClock::time_point> shown;       // the board read after it lists the hand
};

void handsBenchmark(PostgresCluster &cluster, const Options &options)
{
    // A team of its own, so the lead's first pull is this run's rows only.
    const QString team = QStringLiteral("east");
    const QStringList logins = deskLogins(QStringLiteral("east_desk"), options.desks);
    const QString consultant = QStringLiteral("east_anna");
    const QString teamLead = QStringLiteral("east_lena");
    {
        const Connection superuser = connectTo(cluster.superuserUrl(kDatabase));
        exec(superuser.get(), QStringLiteral("SELECT steadyline.add_team($1)"), {team.toStdString()});
        addMembers(superuser.get(), team, QStringLiteral("agent"), logins + QStringList{consultant});
        addMembers(superuser.get(), team, QStringLiteral("lead"), {teamLead});
    }

    // The simulated desks push in a thread of their own; the real desk and lead live in this
    // one, whose event loop their workers' signals need.
    DeskCrowd crowd(cluster, logins);
    std::atomic<bool> crowdSending{true};
    const auto firstPush = BenchClock::now() + std::chrono::seconds(1);
    std::thread crowdThread([&] { crowd.run(firstPush, [&](BenchClock::time_point) { return crowdSending.load(); }); });

    RealDesk desk(cluster, consultant, team);
    RealDesk lead(cluster, teamLead, team);
    const sync::TeamBoardReader board(lead.database());
    std::optional<Hand> hand;
    std::vector<double> boardReads;
    int arrivals = 0;
    int reads = 0;
    // Whether the hand's row is in the lead's journal yet: a look at the timeline rows since a
    // moment before the key press through the index of journal schema 5 (a few hundred rows,
    // under a millisecond), only while a hand waits for its row.
    const auto handRowArrived = [&] {
        QSqlQuery q(lead.database());
        q.prepare(QStringLiteral("SELECT 1 FROM team_rows WHERE kind = 'timeline' AND %1 >= julianday(?) "
                                 "AND json_extract(data, '$.call_id') = ? AND json_extract(data, '$.kind') = "
                                 "'hand_raised' LIMIT 1")
                      .arg(journal::teamRowMomentSql()));
        q.addBindValue(journal::isoTimestamp(hand->pressedAt.addSecs(-2)));
        q.addBindValue(hand->callUuid);
        if (!q.exec())
            fail(q.lastError().text());
        return q.next();
    };
    // As the lead's window does: rows arriving start the single-shot refresh unless it runs.
    QTimer boardRefresh;
    boardRefresh.setSingleShot(true);
    boardRefresh.setInterval(kBoardRefreshMs);
    QObject::connect(lead.worker.get(), &sync::TeamSync::teamRowsArrived, &boardRefresh, [&](const QStringList &) {
        ++arrivals;
        if (hand && !hand->rowsArrived && handRowArrived())
            hand->rowsArrived = BenchClock::now();
        if (!boardRefresh.isActive())
            boardRefresh.start();
    });
    QObject::connect(&boardRefresh, &QTimer::timeout, &boardRefresh, [&] {
        const auto started = BenchClock::now();
        QString error;
        const std::optional<sync::TeamBoard> read =
            board.read(QDateTime::currentDateTimeUtc(), kBoardIncidentDays, &error);
        const auto shown = BenchClock::now();
        if (!read)
            fail(error);
        ++reads;
        boardReads.push_back(std::chrono::duration<double, std::milli>(shown - started).count());
        if (!hand || hand->shown)
            return;
        for (const sync::BoardHand &raised : read->raisedHands) {
            if (raised.callUuid == hand->callUuid)
                hand->shown = shown;
        }
    });
    desk.worker->start();
    lead.worker->start();
    if (!runEventsUntil([&] { return desk.worker->status().online && lead.worker->status().online; },
                        BenchClock::now() + std::chrono::seconds(60)))
        fail(QStringLiteral("the desk or the lead did not reach the server: %1 %2")
                 .arg(desk.worker->status().lastError, lead.worker->status().lastError));
    // The lead's first pull brings the crowd's rows so far; hands are measured after it.
    waitFor(firstPush + std::chrono::seconds(options.handsWarmUpSeconds));
    const int readsBefore = reads;
    const int arrivalsBefore = arrivals;
    const size_t sentBefore = crowd.sent().size();

    journal::CallStart start;
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 3;
    start.locale = QStringLiteral("pl");
    std::vector<double> toShown;
    std::vector<double> toRowsArrived;
    std::vector<std::pair<QString, QDateTime>> pressedHands; // call and key press, for the server's side
    int neverSeen = 0;
    const auto measuredFrom = BenchClock::now();
    auto nextCall = measuredFrom;
    const auto interval = std::chrono::milliseconds(options.handIntervalMs);
    const auto measuredUntil = measuredFrom + std::chrono::seconds(options.handsLongestSeconds);
    int raised = 0;
    for (; raised < options.hands && BenchClock::now() < measuredUntil; ++raised) {
        waitFor(nextCall);
        nextCall += interval;
        const journal::WriteResult call = desk.deskJournal->beginCall(start);
        check(call);
        desk.worker->nudge();
        // Some way into the call, at no fixed phase of the crowd's pushes or the lead's pulls.
        waitFor(BenchClock::now() + interval / 3 +
                std::chrono::milliseconds(QRandomGenerator::global()->bounded(options.handIntervalMs / 5)));
        QString error;
        hand = Hand{desk.store().callUuid(call.id, &error), BenchClock::now(), QDateTime::currentDateTimeUtc(), {}, {}};
        if (hand->callUuid.isEmpty())
            fail(QStringLiteral("the desk's call has no shared id: %1").arg(error));
        // The key press: the desk writes the hand and tells its worker, as the window does.
        check(desk.deskJournal->addTimelineEvent(call.id, QStringLiteral("hand_raised"),
                                                 QStringLiteral("final_warning"),
                                                 QStringLiteral("Ostatnie ostrzeżenie")));
        desk.worker->nudge();
        pressedHands.emplace_back(hand->callUuid, hand->pressedAt);
        if (runEventsUntil([&] { return hand->shown.has_value(); }, hand->pressed + kLongestWaitForHand)) {
            toShown.push_back(std::chrono::duration<double, std::milli>(*hand->shown - hand->pressed).count());
            toRowsArrived.push_back(
                std::chrono::duration<double, std::milli>(hand->rowsArrived.value_or(*hand->shown) - hand->pressed)
                    .count());
        } else {
            ++neverSeen;
        }
        hand.reset();
        // Lowered, and the call ends, before the next.
        check(desk.deskJournal->addTimelineEvent(call.id, QStringLiteral("hand_cancelled"),
                                                 QStringLiteral("final_warning"), QStringLiteral("by_consultant")));
        check(desk.deskJournal->endCall(call.id, CallOutcome::Resolved));
        desk.worker->nudge();
    }
    const double measuredSeconds = double(msSince(measuredFrom)) / 1000.0;
    const int measuredReadCount = reads - readsBefore;
    const int measuredArrivals = arrivals - arrivalsBefore;
    const size_t crowdPushes = crowd.sent().size() - sentBefore;
    const sync::SyncStatus deskStatus = desk.worker->status();
    const sync::SyncStatus leadStatus = lead.worker->status();
    crowdSending = false;
    crowdThread.join();

    // The way split in two: key press → the server's push transaction that stored the hand's row
    // (its received_at, the transaction's start; the same machine's clock), and the rest.
    std::vector<double> toServer;
    {
        const Connection superuser = connectTo(cluster.superuserUrl(kDatabase));
        for (const auto &[callUuid, pressedAt] : pressedHands) {
            const QString received =
                scalar(superuser.get(), QStringLiteral("SELECT (extract(epoch FROM received_at) * 1000)::bigint FROM "
                                                       "steadyline.timeline_events WHERE call_id = '%1' AND kind = "
                                                       "'hand_raised'")
                                            .arg(callUuid));
            if (!received.isEmpty())
                toServer.push_back(double(received.toLongLong() - pressedAt.toMSecsSinceEpoch()));
        }
    }

    std::vector<double> measuredReads(boardReads.begin() + readsBefore, boardReads.end());
    const double p95 = percentile(toShown, 0.95);
    std::printf("%d simulated desk logins of the team \"%s\" push a timeline event every 2 s each (as above, in a "
                "thread of their own) while a real desk and a real lead, each with its own journal and the sync "
                "worker a desk runs (steadyline::sync::TeamSync, default timing), are members of the same team. "
                "The desk begins a call, raises the hand a little later (the journal's `hand_raised` and nudge(), "
                "as the window does), and lowers it and ends the call before the next; %d hands, one every %.1f s%s. "
                "A hand is shown when the lead's board (TeamBoardReader, read as the lead's window does: "
                "rows arriving start a single-shot %d ms timer, the board is read when it fires) lists it among "
                "the raised hands. Both desks ran on this machine with the "
                "server; measured for %.0f s after a %d s warm-up.\n\n",
                options.desks, qPrintable(team), raised, options.handIntervalMs / 1000.0,
                raised < options.hands ? qPrintable(QStringLiteral(" (stopped after %1 s: %2 were planned)")
                                                        .arg(options.handsLongestSeconds)
                                                        .arg(options.hands))
                                       : "",
                kBoardRefreshMs, measuredSeconds, options.handsWarmUpSeconds);
    std::printf("| Figure | Value | Target | Met |\n|---|---|---|---|\n");
    std::printf("| Key press → the lead's board lists the hand: median | %.1f ms | | |\n", percentile(toShown, 0.5));
    std::printf("| Key press → the lead's board lists the hand: 95th percentile | %.1f ms | < 1000 ms | %s |\n", p95,
                !toShown.empty() && p95 < 1000 ? "met" : "**missed**");
    std::printf("| Key press → the lead's board lists the hand: 99th percentile / slowest | %.1f / %.1f ms | | |\n",
                percentile(toShown, 0.99), percentile(toShown, 1.0));
    std::printf("| Key press → the lead's worker says rows arrived: median / 95th percentile | %.1f / %.1f ms | | |\n",
                percentile(toRowsArrived, 0.5), percentile(toRowsArrived, 0.95));
    std::printf("| Key press → the server's push stored the hand (received_at): median / 95th percentile / slowest "
                "| %.1f / %.1f / %.1f ms (%zu hands) | | |\n",
                percentile(toServer, 0.5), percentile(toServer, 0.95), percentile(toServer, 1.0), toServer.size());
    std::printf("| Hands measured / never seen (within %lld s) | %zu / %d | all seen | %s |\n",
                static_cast<long long>(kLongestWaitForHand.count()), toShown.size(), neverSeen,
                neverSeen == 0 ? "met" : "**missed**");
    std::printf(
        "| The lead's worker's teamRowsArrived / board reads (at most one per %d ms) | %d (%.1f/s) / %d (%.1f/s) "
        "| | |\n",
        kBoardRefreshMs, measuredArrivals, measuredArrivals / measuredSeconds, measuredReadCount,
        measuredReadCount / measuredSeconds);
    std::printf("| The lead's board read: median / 95th percentile / slowest | %.1f / %.1f / %.1f ms | | |\n",
                percentile(measuredReads, 0.5), percentile(measuredReads, 0.95), percentile(measuredReads, 1.0));
    std::printf("| Simulated desks' pushes meanwhile / failed | %zu (%.0f/s) / %d | | |\n", crowdPushes,
                double(crowdPushes) / measuredSeconds, crowd.failedPushes());
    std::printf("| Desk and lead still online at the end / changes waiting on the desk | %s / %d | | |\n\n",
                deskStatus.online && leadStatus.online ? "yes" : "**no**", deskStatus.waiting);
}

Options parseOptions(const QStringList &arguments)
{
    Options options;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        const auto number = [&]() -> long long {
            if (i + 1 >= arguments.size())
                fail(QStringLiteral("%1 needs a number").arg(argument));
            bool ok = false;
            const long long value = arguments[++i].toLongLong(&ok);
            if (!ok || value <= 0)
                fail(QStringLiteral("%1 needs a positive number").arg(argument));
            return value;
        };
        if (argument == QLatin1String("--quick")) {
            options.desks = 10;
            options.seconds = 3;
            options.offlineEvents = 200;
            options.historyCalls = 20000;
            options.hands = 3;
            options.handsLongestSeconds = 30;
            options.handIntervalMs = 1000;
            options.handsWarmUpSeconds = 2;
        } else if (argument == QLatin1String("--desks")) {
            options.desks = int(number());
        } else if (argument == QLatin1String("--seconds")) {
            options.seconds = int(number());
        } else if (argument == QLatin1String("--hands")) {
            options.hands = int(number());
        } else if (argument == QLatin1String("--history-calls")) {
            options.historyCalls = number();
        } else if (argument == QLatin1String("--events-per-call")) {
            options.eventsPerCall = int(number());
        } else if (argument == QLatin1String("--only")) {
            const QString which = i + 1 < arguments.size() ? arguments[++i] : QString();
            options.runDesks = which == QLatin1String("desks");
            options.runOffline = which == QLatin1String("offline");
            options.runHands = which == QLatin1String("hands");
            options.runHistory = which == QLatin1String("history");
            if (!options.runDesks && !options.runOffline && !options.runHands && !options.runHistory)
                fail(QStringLiteral("--only takes desks, offline, hands or history"));
        } else if (argument == QLatin1String("--skip-history")) {
            options.runHistory = false;
        } else {
            fail(QStringLiteral("unknown option %1; options: --quick, --desks N, --seconds N, --hands N, "
                                "--history-calls N, --events-per-call N, --only desks|offline|hands|history, "
                                "--skip-history")
                     .arg(argument));
        }
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    const Options options = parseOptions(QCoreApplication::arguments());
    if (options.runDesks || options.runOffline || options.runHands) {
        // Room for every desk, the leads and the admin; a little more memory than the tests'.
        PostgresCluster cluster(
            QStringLiteral("max_connections = %1\nshared_buffers = '256MB'\n").arg(options.desks + 20));
        if (!cluster.problem().isEmpty())
            fail(cluster.problem());
        if (!cluster.createDatabase(kDatabase))
            fail(cluster.problem());
        migrate(cluster, kDatabase);
        if (options.runDesks) {
            std::printf("### %d desks pushing, a lead pulling\n\n", options.desks);
            std::fflush(stdout);
            desksBenchmark(cluster, options);
        }
        if (options.runOffline) {
            std::printf("### A desk back after an 8-hour offline shift\n\n");
            std::fflush(stdout);
            offlineBenchmark(cluster, options);
        }
        if (options.runHands) {
            std::printf("### A raised hand: the desk's key press → the lead's board, %d desks active\n\n",
                        options.desks);
            std::fflush(stdout);
            handsBenchmark(cluster, options);
        }
    }
    if (options.runHistory) {
        std::printf("### Five years of a team: the lead's dashboard\n\n");
        std::fflush(stdout);
        historyBenchmark(options);
    }
    return 0;
}
