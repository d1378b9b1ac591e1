#include "playbookloader.h"

#include "common/diagnosticsink.h"
#include "playbookchecker.h"
#include "playbookparser.h"
#include "json/jsonreader.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <tuple>

namespace steadyline {

namespace {

std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = [] {
        auto existing = spdlog::get("playbook");
        return existing ? existing : spdlog::default_logger()->clone("playbook");
    }();
    return instance;
}

QString readErrorCode(json::ReadErrorKind kind)
{
    switch (kind) {
    case json::ReadErrorKind::NotUtf8: return QStringLiteral("not-utf8");
    case json::ReadErrorKind::TooDeep: return QStringLiteral("nesting-too-deep");
    case json::ReadErrorKind::Syntax: break;
    }
    return QStringLiteral("json-syntax");
}

} // namespace

QByteArray LoadResult::sha256() const
{
    return QCryptographicHash::hash(source, QCryptographicHash::Sha256);
}

std::optional<QByteArray> readUserFile(const QString &path, qint64 maxBytes, const DiagnosticText &whatItIs,
                                       Diagnostics &diagnostics)
{
    QFile file(path);
    const QFileInfo info(path);
    const auto fail = [&](const QString &code, const DiagnosticText &message) {
        diagnostics.push_back({Severity::Error, code, message.english(), path, 0, 0, message});
        return std::nullopt;
    };
    if (info.isDir())
        return fail(QStringLiteral("file-unreadable"),
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "this is a folder, not a %1 file."))
                        .arg(whatItIs));
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("file-unreadable"),
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "cannot open the file: %1."))
                        .arg(file.errorString()));
    }
    if (file.size() > maxBytes) {
        return fail(QStringLiteral("file-too-large"),
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "the file is %1 MB; %2 files are limited to %3 MB. Is this the right file?"))
                        .arg(static_cast<double>(file.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(whatItIs)
                        .arg(maxBytes / (1024 * 1024)));
    }
    // Read one byte past the limit: a file that grew after the size check is still refused.
    const QByteArray data = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(QStringLiteral("file-unreadable"),
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "cannot read the file: %1."))
                        .arg(file.errorString()));
    if (data.size() > maxBytes)
        return fail(QStringLiteral("file-too-large"),
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                     "the file grew beyond the size limit while it was read.")));
    return data;
}

std::optional<json::Document> readUserJson(const QByteArray &data, const QString &displayName,
                                           const DiagnosticText &whatItIs, Diagnostics &diagnostics)
{
    auto read = json::readJson(std::string_view(data.constData(), static_cast<std::size_t>(data.size())));
    if (read.error) {
        const QByteArray withoutBom = data.startsWith("\xEF\xBB\xBF") ? data.mid(3) : data;
        if (withoutBom.trimmed().isEmpty()) {
            const DiagnosticText message =
                DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic", "the file is empty; a %1 is a JSON object ({…})."))
                    .arg(whatItIs);
            diagnostics.push_back(
                {Severity::Error, QStringLiteral("json-syntax"), message.english(), displayName, 1, 1, message});
        } else {
            diagnostics.push_back({Severity::Error, readErrorCode(read.error->kind),
                                   QString::fromStdString(read.error->message), displayName, read.error->position.line,
                                   read.error->position.column, read.error->text});
        }
        return std::nullopt;
    }
    return std::move(*read.document);
}

void reportDuplicateKeys(const json::Document &document, DiagnosticSink &sink)
{
    for (const json::DuplicateKey &duplicate : document.duplicateKeys) {
        const QString name = QString::fromStdString(duplicate.pointer.substr(duplicate.pointer.rfind('/') + 1));
        sink.add(Severity::Error, QStringLiteral("duplicate-key"), duplicate.position,
                 DiagnosticText(QT_TRANSLATE_NOOP(
                                    "steadyline::Diagnostic",
                                    "the member \"%1\" appears twice in one object (first at line %2); only the first "
                                    "is used. Remove or rename one."))
                     .arg(name)
                     .arg(document.positions.keyPosition(duplicate.pointer).line));
    }
}

void sortByPosition(Diagnostics &diagnostics)
{
    // Diagnostics in file order read like a compiler's and are stable for tests.
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
}

void sortRootCausesFirst(Diagnostics &diagnostics, std::size_t readingDiagnostics)
{
    // What goes wrong while reading the file (a wrong type, an invalid id, an unknown channel) and
    // a duplicated id make later checks report side effects: a step "which does not exist", a
    // false clash. "Fix the first error" must lead to the cause, so causes come first.
    const auto rank = [](const Diagnostic &d, bool reading) {
        return reading || d.code == u"duplicate-step-id" || d.code == u"duplicate-event-id" ? 0 : 1;
    };
    std::vector<std::pair<int, Diagnostic>> ranked;
    ranked.reserve(diagnostics.size());
    for (std::size_t i = 0; i < diagnostics.size(); ++i)
        ranked.emplace_back(rank(diagnostics[i], i < readingDiagnostics), std::move(diagnostics[i]));
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) {
        return std::tuple(a.first, a.second.line, a.second.column) <
               std::tuple(b.first, b.second.line, b.second.column);
    });
    for (std::size_t i = 0; i < ranked.size(); ++i)
        diagnostics[i] = std::move(ranked[i].second);
}

LoadResult PlaybookLoader::loadFile(const QString &path)
{
    LoadResult result;
    const auto data =
        readUserFile(path, kMaxFileBytes, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "playbook")),
                     result.diagnostics);
    if (!data)
        return result;
    return loadData(*data, path);
}

LoadResult PlaybookLoader::loadData(const QByteArray &data, const QString &displayName)
{
    LoadResult result;
    result.source = data;
    const auto document = readUserJson(
        data, displayName, DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic", "playbook")), result.diagnostics);
    if (!document) {
        logger()->debug("{}: unreadable JSON", displayName.toStdString());
        return result;
    }
    DiagnosticSink sink(displayName, &document->positions);
    reportDuplicateKeys(*document, sink);
    auto playbook = std::make_shared<Playbook>();
    PlaybookParser parser(sink);
    const bool parsed = parser.parse(document->root, *playbook);
    const std::size_t readingDiagnostics = sink.diagnostics().size();
    if (parsed) {
        PlaybookChecker checker(sink);
        checker.check(*playbook);
    }
    sortRootCausesFirst(sink.diagnostics(), readingDiagnostics);
    result.diagnostics = std::move(sink.diagnostics());
    if (!hasErrors(result.diagnostics))
        result.playbook = std::move(playbook);
    logger()->debug("{}: {} diagnostics", displayName.toStdString(), result.diagnostics.size());
    return result;
}

} // namespace steadyline
