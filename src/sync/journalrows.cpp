#include "journalrows.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

namespace steadyline::sync::journalrows {

QString journalProblem(const QSqlQuery &query)
{
    return QCoreApplication::translate("steadyline::sync", "The journal could not be read or written for the team: %1")
        .arg(query.lastError().text());
}

bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error)
{
    if (!query.prepare(sql)) {
        *error = journalProblem(query);
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = journalProblem(query);
        return false;
    }
    return true;
}

QJsonObject objectFrom(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString textOf(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace steadyline::sync::journalrows
