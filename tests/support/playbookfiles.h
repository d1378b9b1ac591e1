#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QString>
#include <QTest>

#include <functional>

namespace steadyline::test {

// A small valid playbook in Polish: a step that says `line`, then ("next") a final step.
inline QByteArray miniPlaybook(const QString &id, int revision, const QString &line)
{
    return QStringLiteral("{\n"
                          "  \"schemaVersion\": 1,\n"
                          "  \"id\": \"%1\",\n"
                          "  \"revision\": %2,\n"
                          "  \"baseLocale\": \"pl\",\n"
                          "  \"title\": \"Krótki %1\",\n"
                          "  \"initialStep\": \"start\",\n"
                          "  \"events\": [{ \"id\": \"next\", \"label\": \"Dalej\" }],\n"
                          "  \"steps\": [\n"
                          "    { \"id\": \"start\", \"label\": \"1\", \"title\": \"Krok\", \"say\": [\"%3\"],\n"
                          "      \"on\": [{ \"event\": \"next\", \"to\": \"done\" }] },\n"
                          "    { \"id\": \"done\", \"label\": \"2\", \"title\": \"Koniec\", \"final\": true,\n"
                          "      \"actions\": [{ \"type\": \"end_call\", \"outcome\": \"resolved\" }] }\n"
                          "  ]\n"
                          "}\n")
        .arg(id)
        .arg(revision)
        .arg(line)
        .toUtf8();
}

// Writes like an editor that saves atomically: a new file renamed over the old one.
inline bool replaceFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(data);
    return file.commit();
}

// Writes like a simple editor: the same file truncated and rewritten.
inline bool rewriteInPlace(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

// Runs the event loop until `condition` holds or `timeoutMs` passes.
inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 5000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

} // namespace steadyline::test
