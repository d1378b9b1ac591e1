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

// libpq's reasons for a failed connection are precise but terse; the common ones get a sentence
// that says what to do.
QString connectionAdvice(const QString &reason)
{
    if (reason.contains(QStringLiteral("password authentication failed")))
        return QStringLiteral("The login or its password is wrong.");
    if (reason.contains(QStringLiteral("does not exist")) && reason.contains(QStringLiteral("database")))
        return QStringLiteral("Create the database first (createdb steadyline), then run steadyline server init.");
    if (reason.contains(QStringLiteral("certificate")) || reason.contains(QStringLiteral("SSL")))
        return QStringLiteral("The server's certificate could not be verified: check sslrootcert and that the "
                              "host name in the URL is the one in the certificate.");
    if (reason.contains(QStringLiteral("Connection refused")) || reason.contains(QStringLiteral("No such file")) ||
        reason.contains(QStringLiteral("timeout")) || reason.contains(QStringLiteral("could not translate")))
        return QStringLiteral("The server cannot be reached: check the host and port, and that PostgreSQL runs.");
    if (reason.contains(QStringLiteral("no pg_hba.conf entry")))
        return QStringLiteral(
            "The server does not accept this login from here: see pg_hba.conf in docs/team-server.md.");
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

bool ServerConnection::open(const ServerAddress &address, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("Qt's PostgreSQL driver (QPSQL) is missing: install libqt6sql6-psql.");
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(address.host);
    db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    db.setPassword(address.password);
    QStringList options = address.parameters;
    options << QStringLiteral("application_name='steadyline'");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (db.open())
        return true;
    const QString reason = db.lastError().databaseText().trimmed();
    const QString advice = connectionAdvice(reason);
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
