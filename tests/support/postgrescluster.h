#pragma once

// A private PostgreSQL 15 cluster for one test: initdb in a temporary folder, a Unix socket in
// that folder and 127.0.0.1 on a free port, SCRAM passwords, TLS with a CA and a server
// certificate made with openssl at start. Stopped and deleted when the object ends; it never
// touches a system cluster. PostgreSQL refuses to run as root, so under root (CI) the cluster's
// files and processes belong to `nobody` (runuser).
//
// Who may connect how (pg_hba.conf): the superuser `postgres` through the socket only, without a
// password (the socket's folder is private); every other login only over TLS with its SCRAM
// password; TCP without TLS is refused.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace steadyline::test {

struct PsqlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class PostgresCluster
{
public:
    // Starts the cluster; check problem() before use (empty when it runs). `extraSettings` are
    // postgresql.conf lines that override the defaults below (the benchmarks raise
    // max_connections and shared_buffers).
    explicit PostgresCluster(const QString &extraSettings = {});
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    [[nodiscard]] const QString &problem() const { return m_problem; }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] QString socketFolder() const { return m_folder.path(); }
    [[nodiscard]] QString caCertificate() const;
    [[nodiscard]] QString serverLog() const;
    [[nodiscard]] QString dataFolder() const { return m_folder.filePath(QStringLiteral("data")); }

    // The superuser through the socket, as `steadyline server init --db` takes it.
    [[nodiscard]] QString superuserUrl(const QString &database) const;
    // A login over TCP with TLS, the certificate verified against the test CA (verify-full).
    [[nodiscard]] QString loginUrl(const QString &database, const QString &login) const;

    // Runs psql with `url` (the password, if any, through PGPASSWORD), stopping at the first error.
    [[nodiscard]] PsqlRun psql(const QString &url, const QString &sql, const QString &password = {}) const;
    // Creates an empty database as the superuser; false with the reason in problem().
    bool createDatabase(const QString &name);

    // A crash of the server (pg_ctl -m immediate: no goodbye to the clients), and its restart on
    // the same port; false with the reason in problem().
    bool stopImmediately();
    bool startAgain();

    // Where PostgreSQL 15's programs are: $STEADYLINE_PG_BINDIR or Debian's folder.
    [[nodiscard]] static QString binFolder();

private:
    bool start();
    // Runs a program as the cluster's owner; false (and problem() set) when it fails.
    bool runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs = 120000);
    bool makeCertificates();
    bool writeConfiguration();

    QTemporaryDir m_folder;
    QString m_extraSettings;
    QString m_problem;
    int m_port = 0;
    bool m_running = false;
};

} // namespace steadyline::test
