#include "postgrescluster.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace steadyline::test {

namespace {

const QString kSuperuser = QStringLiteral("postgres");
// Under root the cluster belongs to this user; postgres will not run as root.
const char kUnprivilegedUser[] = "nobody";

// A port nobody listens on now (the kernel's choice); the cluster takes it a moment later.
int freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

} // namespace

QString PostgresCluster::binFolder()
{
    const QString configured = qEnvironmentVariable("STEADYLINE_PG_BINDIR");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

PostgresCluster::PostgresCluster(const QString &extraSettings)
    : m_folder(QDir::tempPath() + QStringLiteral("/steadyline-pg-XXXXXX"))
    , m_extraSettings(extraSettings)
{
    m_running = start();
    if (!m_running && m_problem.isEmpty())
        m_problem = QStringLiteral("the cluster did not start");
}

PostgresCluster::~PostgresCluster()
{
    if (m_running) {
        // Fast: the test is over; waiting for clients to leave would only slow the next one.
        runAsOwner(binFolder() + QStringLiteral("/pg_ctl"),
                   {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                   60000);
    }
}

bool PostgresCluster::stopImmediately()
{
    m_running = !runAsOwner(binFolder() + QStringLiteral("/pg_ctl"),
                            {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                            60000);
    return !m_running;
}

bool PostgresCluster::startAgain()
{
    m_running = runAsOwner(binFolder() + QStringLiteral("/pg_ctl"),
                           {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                            m_folder.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                            QStringLiteral("60"), QStringLiteral("start")});
    return m_running;
}

QString PostgresCluster::caCertificate() const
{
    return m_folder.filePath(QStringLiteral("ca.crt"));
}

QString PostgresCluster::serverLog() const
{
    QFile log(m_folder.filePath(QStringLiteral("server.log")));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

QString PostgresCluster::superuserUrl(const QString &database) const
{
    // One arg() for all: a percent-encoded path ("%2F") must not be taken for a placeholder.
    return QStringLiteral("postgresql:///%1?host=%2&port=%3&user=%4")
        .arg(database, QString::fromLatin1(QUrl::toPercentEncoding(socketFolder(), "/")), QString::number(m_port),
             kSuperuser);
}

QString PostgresCluster::loginUrl(const QString &database, const QString &login) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?sslmode=verify-full&sslrootcert=%4")
        .arg(login, QString::number(m_port), database,
             QString::fromLatin1(QUrl::toPercentEncoding(caCertificate(), "/")));
}

PsqlRun PostgresCluster::psql(const QString &url, const QString &sql, const QString &password) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    // No ~/.pgpass or ~/.psqlrc of the machine may change what a test sees.
    environment.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/dev/null"));
    if (!password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(environment);
    process.start(binFolder() + QStringLiteral("/psql"),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url,
                   QStringLiteral("-c"), sql});
    PsqlRun run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("psql did not finish within 60 s");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    run.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

bool PostgresCluster::createDatabase(const QString &name)
{
    const PsqlRun run =
        psql(superuserUrl(QStringLiteral("postgres")), QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
    if (run.exitCode != 0)
        m_problem = QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, run.err);
    return run.exitCode == 0;
}

bool PostgresCluster::runAsOwner(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(m_folder.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot())
        process.start(
            QStringLiteral("runuser"),
            QStringList{QStringLiteral("-u"), QString::fromLatin1(kUnprivilegedUser), QStringLiteral("--"), program} +
                arguments);
    else
        process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished();
    }
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_problem = QStringLiteral("%1 failed: %2")
                        .arg(QFileInfo(program).fileName(), QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (!m_folder.isValid()) {
        m_problem = QStringLiteral("no temporary folder: %1").arg(m_folder.errorString());
        return false;
    }
    if (!QFileInfo::exists(binFolder() + QStringLiteral("/initdb"))) {
        m_problem = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb is missing): scripts/steadyline-dev "
                                   "deps installs postgresql-15.")
                        .arg(binFolder());
        return false;
    }
    if (runningAsRoot()) {
        const passwd *owner = ::getpwnam(kUnprivilegedUser);
        if (!owner || ::chown(QFile::encodeName(m_folder.path()).constData(), owner->pw_uid, owner->pw_gid) != 0) {
            m_problem = QStringLiteral("cannot give the cluster's folder to the user %1")
                            .arg(QString::fromLatin1(kUnprivilegedUser));
            return false;
        }
    }
    if (!makeCertificates())
        return false;
    // --no-sync and fsync=off: a test cluster never outlives a crash of the machine.
    if (!runAsOwner(binFolder() + QStringLiteral("/initdb"),
                    {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-U"), kSuperuser,
                     QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                     QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")}))
        return false;
    // The port is free when chosen, but another process may take it before the server does.
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (!writeConfiguration())
            return false;
        if (runAsOwner(binFolder() + QStringLiteral("/pg_ctl"),
                       {QStringLiteral("-D"), m_folder.filePath(QStringLiteral("data")), QStringLiteral("-l"),
                        m_folder.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                        QStringLiteral("60"), QStringLiteral("start")}))
            return true;
        m_problem += QStringLiteral("\n") + serverLog();
    }
    return false;
}

bool PostgresCluster::makeCertificates()
{
    // A CA of this test only, and a server certificate it signed for 127.0.0.1 and localhost.
    const QString extensions = m_folder.filePath(QStringLiteral("server.ext"));
    QFile ext(extensions);
    if (!ext.open(QIODevice::WriteOnly) ||
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n") < 0) {
        m_problem = QStringLiteral("cannot write %1").arg(extensions);
        return false;
    }
    ext.close();
    const QString openssl = QStringLiteral("/usr/bin/openssl");
    const QStringList ecKey{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    return runAsOwner(openssl, QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ecKey +
                                   QStringList{QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                                               QStringLiteral("-out"), QStringLiteral("ca.crt"),
                                               QStringLiteral("-subj"), QStringLiteral("/CN=Steadyline test CA"),
                                               QStringLiteral("-days"), QStringLiteral("2")}) &&
           runAsOwner(openssl, QStringList{QStringLiteral("req")} + ecKey +
                                   QStringList{QStringLiteral("-keyout"), QStringLiteral("server.key"),
                                               QStringLiteral("-out"), QStringLiteral("server.csr"),
                                               QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")}) &&
           runAsOwner(openssl, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                                QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
                                QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                                QStringLiteral("-out"), QStringLiteral("server.crt"), QStringLiteral("-days"),
                                QStringLiteral("2"), QStringLiteral("-extfile"), extensions}) &&
           runAsOwner(QStringLiteral("/bin/chmod"), {QStringLiteral("600"), QStringLiteral("server.key")});
}

bool PostgresCluster::writeConfiguration()
{
    const QString data = m_folder.filePath(QStringLiteral("data"));
    // Files written here are root's under root; the server only reads them.
    QFile hba(data + QStringLiteral("/pg_hba.conf"));
    QFile settings(data + QStringLiteral("/postgresql.auto.conf"));
    const QByteArray hbaText = "local all postgres trust\n"
                               "local all all reject\n"
                               "hostssl all all 127.0.0.1/32 scram-sha-256\n"
                               "host all all 127.0.0.1/32 reject\n";
    const QString settingsText = QStringLiteral("listen_addresses = '127.0.0.1'\n"
                                                "port = %1\n"
                                                "unix_socket_directories = '%2'\n"
                                                "ssl = on\n"
                                                "ssl_cert_file = '%3/server.crt'\n"
                                                "ssl_key_file = '%3/server.key'\n"
                                                "password_encryption = 'scram-sha-256'\n"
                                                "fsync = off\n"
                                                "max_connections = 40\n"
                                                "shared_buffers = '16MB'\n")
                                     .arg(m_port)
                                     .arg(m_folder.path(), m_folder.path()) +
                                 m_extraSettings;
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(hbaText) != hbaText.size() ||
        !settings.open(QIODevice::WriteOnly | QIODevice::Truncate) || settings.write(settingsText.toUtf8()) < 0) {
        m_problem = QStringLiteral("cannot write the cluster's configuration in %1").arg(data);
        return false;
    }
    return true;
}

} // namespace steadyline::test
