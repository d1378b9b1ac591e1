#pragma once

#include <QJsonObject>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

// What the sync layer's readers and writers of the journal share (TeamStore, TeamPromises,
// TrainingAssignments): one way to run a statement and one wording of its failure.
namespace steadyline::sync::journalrows {

// "The journal could not be read or written for the team: …" (translated).
[[nodiscard]] QString journalProblem(const QSqlQuery &query);
// Prepares `sql`, binds `values` in order and runs it; false with `error` set when it fails.
bool run(QSqlQuery &query, const QString &sql, const QVariantList &values, QString *error);
// A row's JSON text as an object (empty when it is not one), and back as compact text.
[[nodiscard]] QJsonObject objectFrom(const QString &json);
[[nodiscard]] QString textOf(const QJsonObject &object);

} // namespace steadyline::sync::journalrows
