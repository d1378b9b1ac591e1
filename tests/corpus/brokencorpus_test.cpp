// The broken-playbook corpus: tests/data/broken/ holds playbooks with one mistake each, as team
// leads really make them, and expected.tsv says which diagnostic `steadyline validate` must give
// for each: severity, code, line and column. The positions in the manifest were worked out by hand
// from the text of each file, not copied from the validator's output.

#include "playbook/playbookloader.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

using steadyline::Diagnostic;
using steadyline::Diagnostics;
using steadyline::LoadResult;
using steadyline::PlaybookLoader;
using steadyline::Severity;

namespace {

constexpr int kMinimumCorpusSize = 30;

struct Expectation
{
    QString file;
    Severity severity = Severity::Error;
    QString code;
    int line = 0;
    int column = 0;
    int manifestLine = 0;
};

QString brokenDir()
{
    return QString::fromUtf8(STEADYLINE_TEST_DATA_DIR) + QStringLiteral("/broken");
}

QString manifestPath()
{
    return brokenDir() + QStringLiteral("/expected.tsv");
}

QString pathOf(const QString &file)
{
    return brokenDir() + QLatin1Char('/') + file;
}

std::optional<Severity> severityFromName(const QString &name)
{
    if (name == u"error")
        return Severity::Error;
    if (name == u"warning")
        return Severity::Warning;
    return std::nullopt;
}

// Reads expected.tsv: FILE<TAB>SEVERITY<TAB>CODE<TAB>LINE<TAB>COLUMN, '#' starts a comment line.
std::vector<Expectation> readManifest()
{
    QFile file(manifestPath());
    INFO("manifest: " << manifestPath().toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    std::vector<Expectation> entries;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString text = lines.at(i);
        if (text.endsWith(QLatin1Char('\r')))
            text.chop(1);
        if (text.trimmed().isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        INFO("expected.tsv line " << i + 1 << ": " << text.toStdString());
        const QStringList fields = text.split(QLatin1Char('\t'));
        REQUIRE(fields.size() == 5);
        const auto severity = severityFromName(fields.at(1));
        REQUIRE(severity.has_value());
        bool lineOk = false;
        bool columnOk = false;
        Expectation e;
        e.file = fields.at(0);
        e.severity = *severity;
        e.code = fields.at(2);
        e.line = fields.at(3).toInt(&lineOk);
        e.column = fields.at(4).toInt(&columnOk);
        e.manifestLine = static_cast<int>(i + 1);
        REQUIRE(lineOk);
        REQUIRE(columnOk);
        REQUIRE(!e.file.isEmpty());
        REQUIRE(!e.code.isEmpty());
        entries.push_back(e);
    }
    return entries;
}

// The manifest is read once per test program; DYNAMIC_SECTION re-enters a test case per file.
const std::vector<Expectation> &manifest()
{
    static const std::vector<Expectation> entries = readManifest();
    return entries;
}

std::string describe(const Diagnostics &diagnostics)
{
    if (diagnostics.empty())
        return "(no diagnostics)";
    std::string text;
    for (const Diagnostic &d : diagnostics)
        text += "\n  " + d.toString().toStdString();
    return text;
}

std::string describe(const Expectation &e)
{
    return QStringLiteral("%1:%2:%3: %4 %5 (expected.tsv line %6)")
        .arg(e.file)
        .arg(e.line)
        .arg(e.column)
        .arg(steadyline::severityName(e.severity), e.code)
        .arg(e.manifestLine)
        .toStdString();
}

bool matches(const Diagnostic &d, const Expectation &e)
{
    return d.severity == e.severity && d.code == e.code && d.line == e.line && d.column == e.column;
}

void writeFile(const QString &path, const QByteArray &chunk, qint64 totalBytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    for (qint64 written = 0; written < totalBytes;) {
        const qint64 n = std::min<qint64>(chunk.size(), totalBytes - written);
        REQUIRE(file.write(chunk.constData(), n) == n);
        written += n;
    }
    file.close();
    REQUIRE(QFileInfo(path).size() == totalBytes);
}

} // namespace

TEST_CASE("Every broken playbook yields the diagnostic its manifest entry expects", "[corpus]")
{
    const std::vector<Expectation> &entries = manifest();
    for (const Expectation &e : entries) {
        DYNAMIC_SECTION(e.file.toStdString())
        {
            INFO("file: " << e.file.toStdString());
            INFO("expected: " << describe(e));
            const LoadResult result = PlaybookLoader::loadFile(pathOf(e.file));
            INFO("validator said:" << describe(result.diagnostics));
            const bool found = std::any_of(result.diagnostics.begin(), result.diagnostics.end(),
                                           [&](const Diagnostic &d) { return matches(d, e); });
            REQUIRE(found);
            if (e.severity == Severity::Error) {
                REQUIRE_FALSE(result.ok());
            } else {
                // One mistake each: a file whose mistake is a warning is otherwise a valid playbook.
                CHECK_FALSE(steadyline::hasErrors(result.diagnostics));
                CHECK(result.ok());
            }
        }
    }
}

TEST_CASE("The broken corpus is large enough and every file in it is in the manifest", "[corpus]")
{
    const std::vector<Expectation> &entries = manifest();
    CHECK(entries.size() >= kMinimumCorpusSize);

    QSet<QString> listed;
    for (const Expectation &e : entries) {
        INFO(describe(e));
        CHECK_FALSE(listed.contains(e.file)); // one line per file
        listed.insert(e.file);
        CHECK(QFileInfo(pathOf(e.file)).isFile());
    }
    const QStringList onDisk = QDir(brokenDir()).entryList({QStringLiteral("*.json")}, QDir::Files);
    CHECK(onDisk.size() >= kMinimumCorpusSize);
    for (const QString &file : onDisk) {
        INFO(file.toStdString() << " is in tests/data/broken but not in expected.tsv, so nothing tests it");
        CHECK(listed.contains(file));
    }
}

TEST_CASE("Every diagnostic for a broken playbook has a message, a code and a position in its file", "[corpus]")
{
    static const QRegularExpression kebabCase(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    for (const Expectation &e : manifest()) {
        const QString path = pathOf(e.file);
        const LoadResult result = PlaybookLoader::loadFile(path);
        INFO("file: " << e.file.toStdString());
        CHECK_FALSE(result.diagnostics.empty());
        for (const Diagnostic &d : result.diagnostics) {
            INFO("diagnostic: " << d.toString().toStdString());
            CHECK_FALSE(d.message.trimmed().isEmpty());
            CHECK(kebabCase.match(d.code).hasMatch());
            // Every finding in these files is about a place in the file, not the whole file.
            CHECK(d.line >= 1);
            CHECK(d.column >= 1);
            if (d.severity == Severity::Error) {
                CHECK(d.file == path);
                CHECK(d.toString().startsWith(path + QLatin1Char(':')));
            }
        }
    }
}

TEST_CASE("Every broken playbook is checked in well under a second", "[corpus][performance]")
{
    for (const Expectation &e : manifest()) {
        INFO("file: " << e.file.toStdString());
        QElapsedTimer timer;
        timer.start();
        const LoadResult result = PlaybookLoader::loadFile(pathOf(e.file));
        const qint64 elapsedMs = timer.elapsed();
        INFO("took " << elapsedMs << " ms");
        CHECK_FALSE(result.diagnostics.empty());
        CHECK(elapsedMs < 500);
    }
}

TEST_CASE("A 20 MB file is refused as too large, quickly and without being parsed", "[corpus][performance]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("huge.json"));
    // Junk that is not even JSON: were it read and parsed, it would be a json-syntax or not-utf8 error.
    QByteArray chunk(1024 * 1024, '\0');
    for (qsizetype i = 0; i < chunk.size(); ++i)
        chunk[i] = static_cast<char>((i * 131 + 7) % 251);
    writeFile(path, chunk, 20LL * 1024 * 1024);

    QElapsedTimer timer;
    timer.start();
    const LoadResult result = PlaybookLoader::loadFile(path);
    const qint64 elapsedMs = timer.elapsed();
    INFO("validator said:" << describe(result.diagnostics) << "\ntook " << elapsedMs << " ms");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    const Diagnostic &d = result.diagnostics.front();
    CHECK(d.severity == Severity::Error);
    CHECK(d.code == u"file-too-large");
    CHECK(d.file == path);
    CHECK_FALSE(d.message.trimmed().isEmpty());
    CHECK(elapsedMs < 250);
}

TEST_CASE("The size limit is exact: one byte over is too large, the limit itself is read", "[corpus]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QByteArray spaces(64 * 1024, ' ');

    const QString over = dir.filePath(QStringLiteral("over.json"));
    writeFile(over, spaces, PlaybookLoader::kMaxFileBytes + 1);
    const LoadResult tooLarge = PlaybookLoader::loadFile(over);
    INFO("validator said:" << describe(tooLarge.diagnostics));
    REQUIRE(tooLarge.diagnostics.size() == 1);
    CHECK(tooLarge.diagnostics.front().code == u"file-too-large");

    // Exactly at the limit the file is read; all blanks, it is reported as an empty file.
    const QString atLimit = dir.filePath(QStringLiteral("at-limit.json"));
    writeFile(atLimit, spaces, PlaybookLoader::kMaxFileBytes);
    const LoadResult read = PlaybookLoader::loadFile(atLimit);
    INFO("validator said:" << describe(read.diagnostics));
    REQUIRE(read.diagnostics.size() == 1);
    CHECK(read.diagnostics.front().code == u"json-syntax");
    CHECK(read.diagnostics.front().line == 1);
    CHECK(read.diagnostics.front().column == 1);
}

TEST_CASE("A folder or a missing file is reported as unreadable, naming it", "[corpus]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("playbook.json"));
    REQUIRE(QDir().mkpath(folder));
    const QString missing = dir.filePath(QStringLiteral("missing.json"));

    for (const QString &path : {folder, missing}) {
        INFO("path: " << path.toStdString());
        const LoadResult result = PlaybookLoader::loadFile(path);
        INFO("validator said:" << describe(result.diagnostics));
        REQUIRE_FALSE(result.ok());
        REQUIRE(result.diagnostics.size() == 1);
        CHECK(result.diagnostics.front().severity == Severity::Error);
        CHECK(result.diagnostics.front().code == u"file-unreadable");
        CHECK(result.diagnostics.front().file == path);
        CHECK_FALSE(result.diagnostics.front().message.trimmed().isEmpty());
    }
}
