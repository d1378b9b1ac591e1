#include "serverconnection.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QStringList>

namespace steadyline::server {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("steadyline-server-%1").arg(++counter);
}

// The admin's command line is English for scripts: what to do after each problem.
QString adminAdvice(ConnectionProblem problem)
{
    switch (problem) {
    case ConnectionProblem::WrongLogin: return QStringLiteral("The login or its password is wrong.");
    case ConnectionProblem::NoDatabase:
        return QStringLiteral("Create the database first (createdb steadyline), then run steadyline server init.");
    case ConnectionProblem::Certificate:
        return QStringLiteral("The server's certificate could not be verified: check sslrootcert and that the "
                              "host name in the URL is the one in the certificate.");
    case ConnectionProblem::Unreachable:
        return QStringLiteral("The server cannot be reached: check the host and port, and that PostgreSQL runs.");
    case ConnectionProblem::NotAllowedFromHere:
        return QStringLiteral(
            "The server does not accept this login from here: see pg_hba.conf in docs/team-server.md.");
    case ConnectionProblem::DriverMissing:
    case ConnectionProblem::Other: break;
    }
    return {};
}

} // namespace

ServerConnection::ServerConnection()
    : m_name(nextConnectionName())
{}

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

ConnectionProblem connectionProblemOf(const QString &reason)
{
    if (reason.contains(QStringLiteral("password authentication failed")) ||
        reason.contains(QStringLiteral("no password supplied")) ||
        (reason.contains(QStringLiteral("role")) && reason.contains(QStringLiteral("does not exist"))))
        return ConnectionProblem::WrongLogin;
    if (reason.contains(QStringLiteral("does not exist")) && reason.contains(QStringLiteral("database")))
        return ConnectionProblem::NoDatabase;
    // Before the certificate: the server's pg_hba refusal names the connection's SSL state.
    if (reason.contains(QStringLiteral("no pg_hba.conf entry")))
        return ConnectionProblem::NotAllowedFromHere;
    if (reason.contains(QStringLiteral("certificate")) || reason.contains(QStringLiteral("SSL")))
        return ConnectionProblem::Certificate;
    if (reason.contains(QStringLiteral("Connection refused")) || reason.contains(QStringLiteral("No such file")) ||
        reason.contains(QStringLiteral("timeout")) || reason.contains(QStringLiteral("could not translate")))
        return ConnectionProblem::Unreachable;
    return ConnectionProblem::Other;
}

bool openPostgresConnection(const ServerAddress &address, const QString &name, const QStringList &options,
                            QString *reason, ConnectionProblem *problem)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        reason->clear();
        *problem = ConnectionProblem::DriverMissing;
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    if (!address.password.isEmpty())
        db.setPassword(address.password);
    db.setConnectOptions((options + address.parameters).join(QLatin1Char(';')));
    if (db.open())
        return true;
    *reason = db.lastError().databaseText().trimmed();
    *problem = connectionProblemOf(*reason);
    return false;
}

bool ServerConnection::open(const ServerAddress &address, QString *error)
{
    QString reason;
    ConnectionProblem problem = ConnectionProblem::Other;
    if (openPostgresConnection(address, m_name, {QStringLiteral("application_name='steadyline'")}, &reason, &problem))
        return true;
    if (problem == ConnectionProblem::DriverMissing) {
        *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql.");
        return false;
    }
    const QString advice = adminAdvice(problem);
    *error = QStringLiteral("cannot connect to %1: %2").arg(address.displayText(), reason);
    if (!advice.isEmpty())
        *error += QLatin1Char('\n') + advice;
    return false;
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString serverErrorText(const QSqlError &error)
{
    QString message;
    QString hint;
    const QStringList lines = error.databaseText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed();
        if (line.startsWith(QStringLiteral("ERROR:")) && message.isEmpty())
            message = line.mid(6).trimmed();
        else if (line.startsWith(QStringLiteral("HINT:")))
            hint = line.mid(5).trimmed();
    }
    if (message.isEmpty())
        message = lines.isEmpty() ? error.text() : lines.first().trimmed();
    return hint.isEmpty() ? message : message + QStringLiteral(" (") + hint + QLatin1Char(')');
}

QString sqlState(const QSqlError &error)
{
    return error.nativeErrorCode();
}

} // namespace steadyline::server
