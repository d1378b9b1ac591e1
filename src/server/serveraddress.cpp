#include "serveraddress.h"

#include <QUrl>
#include <QUrlQuery>

namespace steadyline::server {

namespace {

// The libpq settings a URL may carry besides host, port, user, password and the database. Others
// are refused rather than passed on: QPSQL joins them into one connection string.
const QStringList kPassedParameters{
    QStringLiteral("sslmode"),         QStringLiteral("sslrootcert"),      QStringLiteral("sslcert"),
    QStringLiteral("sslkey"),          QStringLiteral("sslcrl"),           QStringLiteral("passfile"),
    QStringLiteral("connect_timeout"), QStringLiteral("application_name"), QStringLiteral("target_session_attrs"),
    QStringLiteral("keepalives_idle"),
};

// A value as libpq's connection string wants it: quoted, with ' and \ escaped.
QString quotedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

QString ServerAddress::displayText() const
{
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        text += user + QLatin1Char('@');
    const bool socket = host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += host;
    if (port > 0 && !socket)
        text += QLatin1Char(':') + QString::number(port);
    text += QLatin1Char('/') + database;
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + host;
    if (socket && port > 0)
        query << QStringLiteral("port=") + QString::number(port);
    for (const QString &parameter : parameters) {
        if (!parameter.startsWith(QStringLiteral("passfile=")))
            query << QString(parameter).remove(QLatin1Char('\''));
    }
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return text;
}

std::optional<ServerAddress> parseServerUrl(const QString &url, QString *error)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() ||
        (parsed.scheme() != QStringLiteral("postgresql") && parsed.scheme() != QStringLiteral("postgres"))) {
        *error = QStringLiteral("'%1' is not a PostgreSQL URL; write it as "
                                "postgresql://LOGIN@HOST:PORT/DATABASE (see docs/team-server.md).")
                     .arg(url);
        return std::nullopt;
    }
    ServerAddress address;
    address.host = parsed.host();
    address.port = parsed.port(-1);
    address.user = parsed.userName();
    address.password = parsed.password();
    address.database = parsed.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("the URL '%1' names no database; add it after the server: postgresql://HOST/DATABASE.")
                     .arg(url);
        return std::nullopt;
    }
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QStringLiteral("host")) {
            address.host = value;
        } else if (key == QStringLiteral("port")) {
            bool ok = false;
            address.port = value.toInt(&ok);
            if (!ok || address.port <= 0 || address.port > 65535) {
                *error = QStringLiteral("the port '%1' in the URL is not a port number.").arg(value);
                return std::nullopt;
            }
        } else if (key == QStringLiteral("user")) {
            address.user = value;
        } else if (key == QStringLiteral("dbname")) {
            address.database = value;
        } else if (kPassedParameters.contains(key)) {
            address.parameters << key + QLatin1Char('=') + quotedValue(value);
        } else {
            *error = QStringLiteral("the URL's setting '%1' is not one Steadyline passes on (it knows host, port, "
                                    "user, dbname, %2).")
                         .arg(key, kPassedParameters.join(QStringLiteral(", ")));
            return std::nullopt;
        }
    }
    // QPSQL turns ';' into the space between settings: a value holding one would split.
    for (const QString &parameter : std::as_const(address.parameters)) {
        if (parameter.contains(QLatin1Char(';'))) {
            *error = QStringLiteral("the URL's setting '%1' contains ';', which cannot be passed on.").arg(parameter);
            return std::nullopt;
        }
    }
    return address;
}

} // namespace steadyline::server
