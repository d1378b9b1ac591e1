#include "editorfile.h"

#include "authoring/editordrafts.h"
#include "common/privatefile.h"
#include "draftbanner.h"
#include "playbook/playbookcatalog.h"
#include "playbook/playbooklibrary.h"
#include "playbook/playbookloader.h"
#include "settings/settings.h"
#include "widgets/confirmation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>

namespace steadyline::gui {

namespace {

const QString kBuiltInPrefix = QStringLiteral(":/");

// The first "revision" member is the playbook's own: it comes before the steps in every file the
// editor writes, and no step or event has a member of that name.
const QRegularExpression &revisionPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\"revision\"\\s*:\\s*(\\d+)"));
    return pattern;
}

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    if (file.size() > PlaybookLoader::kMaxFileBytes) {
        *error = QCoreApplication::translate("PlaybookEditor", "the file is too large to be a playbook");
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString titleOf(const QString &path)
{
    const LoadResult result = PlaybookLoader::loadFile(path);
    if (!result.ok())
        return QFileInfo(path).fileName();
    return QStringLiteral("%1 · %2").arg(result.playbook->baseLocale,
                                         result.playbook->title.resolve(result.playbook->baseLocale, {}));
}

} // namespace

EditorFile::EditorFile(QPlainTextEdit &text, DraftBanner &drafts, PlaybookCatalog &catalog, Settings *settings,
                       std::function<const Diagnostics &()> validate, QWidget &window)
    : QObject(&window)
    , m_text(text)
    , m_drafts(drafts)
    , m_catalog(catalog)
    , m_settings(settings)
    , m_validate(std::move(validate))
    , m_window(window)
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &EditorFile::writeDraft);
    connect(&m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (isModified())
            m_draftTimer.start();
    });
    connect(&m_drafts, &DraftBanner::restoreRequested, this, &EditorFile::restoreDraft);
}

bool EditorFile::isModified() const
{
    return m_text.document()->isModified();
}

QString EditorFile::folder(PlaybookSource source) const
{
    QString path = m_catalog.folder(source);
    if (path.isEmpty() && m_settings && source != PlaybookSource::BuiltIn)
        path = m_settings->string(source == PlaybookSource::Team ? Settings::Key::TeamPlaybookFolder
                                                                 : Settings::Key::UserPlaybookFolder);
    return path;
}

bool EditorFile::needsSaveAs() const
{
    // The team's published copy is the sync worker's, rewritten at every pull: Save As, like a built-in one.
    const QString published = m_catalog.folder(PlaybookSource::Published);
    return m_path.isEmpty() || m_path.startsWith(kBuiltInPrefix) ||
           (!published.isEmpty() && QFileInfo(m_path).absolutePath() == QFileInfo(published).absoluteFilePath());
}

bool EditorFile::confirmDiscard()
{
    if (!isModified())
        return true;
    return Confirmation::ask(&m_window, tr("Discard the changes?"),
                             tr("The changes to this playbook are not saved. Discard them?"), tr("Discard changes"));
}

void EditorFile::setDocument(const QString &text, const QString &path, const QString &savedText)
{
    EditorDrafts::remove(m_draftFile);
    m_path = path;
    m_savedText = savedText;
    m_draftFile = EditorDrafts::fileFor(path);
    const QRegularExpressionMatch match = revisionPattern().match(savedText);
    m_savedRevision = match.hasMatch() ? match.captured(1).toInt() : -1;
    m_text.setPlainText(text);
    m_text.document()->setModified(text != savedText);
    m_text.moveCursor(QTextCursor::Start);
    emit replaced();
}

bool EditorFile::open(const QString &path)
{
    QString error;
    const QString text = readText(path, &error);
    if (!error.isEmpty()) {
        emit message(tr("Cannot open %1: %2").arg(path, error), true);
        return false;
    }
    setDocument(text, path, text);
    emit status(tr("Opened %1").arg(path), 5000);
    return true;
}

void EditorFile::newFromShipped(const QString &shippedPath)
{
    QString error;
    QString text = readText(shippedPath, &error);
    if (!error.isEmpty()) {
        emit message(tr("Cannot read %1: %2").arg(shippedPath, error), true);
        return;
    }
    // A copy must not take the place of the shipped playbook: a new id, and revision 1.
    static const QRegularExpression id(QStringLiteral("(\"id\"\\s*:\\s*\")([a-z0-9._-]+)(\")"));
    const QRegularExpressionMatch match = id.match(text);
    if (match.hasMatch())
        text.replace(match.capturedStart(2), match.capturedLength(2), match.captured(2) + QStringLiteral("-custom"));
    const QRegularExpressionMatch revision = revisionPattern().match(text);
    if (revision.hasMatch())
        text.replace(revision.capturedStart(1), revision.capturedLength(1), QStringLiteral("1"));
    setDocument(text, QString(), QString());
    emit status(
        tr("New playbook from %1: give it a file name with Save (Ctrl+S)").arg(QFileInfo(shippedPath).fileName()), 0);
}

bool EditorFile::isProtected(const QString &path) const
{
    if (path.startsWith(kBuiltInPrefix))
        return true;
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return true;
    const QString team = folder(PlaybookSource::Team);
    if (team.isEmpty())
        return false;
    const QString folder = QFileInfo(team).canonicalFilePath();
    const QString directory = QFileInfo(info.absolutePath()).canonicalFilePath();
    return !folder.isEmpty() && (directory == folder || directory.startsWith(folder + QLatin1Char('/')));
}

std::optional<int> EditorFile::revisionInText(int *position, int *length) const
{
    const QRegularExpressionMatch match = revisionPattern().match(m_text.toPlainText());
    if (!match.hasMatch())
        return std::nullopt;
    if (position)
        *position = static_cast<int>(match.capturedStart(1));
    if (length)
        *length = static_cast<int>(match.capturedLength(1));
    return match.captured(1).toInt();
}

EditorFile::RevisionAnswer EditorFile::askRevision(int current)
{
    if (s_nextRevisionAnswer) {
        const RevisionAnswer answer = *s_nextRevisionAnswer;
        s_nextRevisionAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, tr("A new revision?"),
                    tr("The playbook changed since revision %1. Save it as revision %2, so the library uses this "
                       "version and call records name it?")
                        .arg(current)
                        .arg(current + 1),
                    QMessageBox::NoButton, &m_window);
    QPushButton *bump = box.addButton(tr("Save as revision %1").arg(current + 1), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep revision %1").arg(current), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(bump);
    box.exec();
    if (box.clickedButton() == bump)
        return RevisionAnswer::Bump;
    return box.clickedButton() == keep ? RevisionAnswer::Keep : RevisionAnswer::Cancel;
}

bool EditorFile::save()
{
    if (m_path.isEmpty() || m_path.startsWith(kBuiltInPrefix)) {
        emit message(m_path.isEmpty() ? tr("This playbook has no file yet: use Save As (Ctrl+Shift+S).")
                                      : tr("Built-in playbooks cannot be changed: use Save As (Ctrl+Shift+S) to save "
                                           "your own copy."),
                     true);
        return false;
    }
    return saveTo(m_path);
}

bool EditorFile::saveTo(const QString &path)
{
    // The window's diagnostics, brought up to date by every m_validate().
    const Diagnostics &diagnostics = m_validate();
    // A consultant's next call takes the team's playbook as it is on disk: never a broken one.
    if (isProtected(path) && hasErrors(diagnostics)) {
        emit message(tr("Not saved: %1 is a team or read-only playbook and the text has errors. Fix them (F8 goes "
                        "to the next one), or save a draft elsewhere with Save As (Ctrl+Shift+S).")
                         .arg(QFileInfo(path).fileName()),
                     true);
        return false;
    }
    int position = 0;
    int length = 0;
    const std::optional<int> revision = revisionInText(&position, &length);
    if (m_text.toPlainText() != m_savedText && revision && *revision == m_savedRevision) {
        switch (askRevision(*revision)) {
        case RevisionAnswer::Cancel: return false;
        case RevisionAnswer::Keep: break;
        case RevisionAnswer::Bump: {
            // Through the editor's cursor, so Ctrl+Z takes the new number back.
            QTextCursor cursor(m_text.document());
            cursor.setPosition(position);
            cursor.setPosition(position + length, QTextCursor::KeepAnchor);
            cursor.insertText(QString::number(*revision + 1));
            m_validate();
            break;
        }
        }
    }
    const QString text = m_text.toPlainText();
    // As before: a playbook in a team folder stays readable by the team.
    QString error;
    if (!writeFileAtomically(path, text.toUtf8(), FileAccess::AsBefore, &error)) {
        emit message(tr("Not saved: %1").arg(error), true);
        return false;
    }
    const bool newPath = path != m_path;
    EditorDrafts::remove(m_draftFile);
    m_draftTimer.stop();
    m_path = path;
    m_savedText = text;
    m_savedRevision = revisionInText().value_or(-1);
    if (newPath)
        m_draftFile = EditorDrafts::fileFor(path);
    m_text.document()->setModified(false);
    emit saved(newPath);
    const bool errors = hasErrors(diagnostics);
    emit message(
        errors ? tr("Saved %1 — with errors: it will not load until they are fixed.").arg(QFileInfo(path).fileName())
               : tr("Saved %1 (revision %2).").arg(QFileInfo(path).fileName()).arg(m_savedRevision),
        errors);
    return true;
}

void EditorFile::writeDraft()
{
    if (!isModified())
        return;
    QString error;
    if (!EditorDrafts::write({m_draftFile, m_path, m_text.toPlainText(), QDateTime::currentDateTime()}, &error))
        emit status(tr("The draft could not be saved: %1").arg(error), 0);
}

void EditorFile::restoreDraft()
{
    if (!m_drafts.hasOffer() || !confirmDiscard())
        return;
    const EditorDraft draft = *m_drafts.take();
    QString error;
    const QString onDisk = draft.origin.isEmpty() ? QString() : readText(draft.origin, &error);
    // The file may be gone: the draft then comes back as a new playbook.
    const QString origin = error.isEmpty() ? draft.origin : QString();
    setDocument(draft.text, origin, onDisk);
    m_draftFile = draft.file; // the recovered draft is updated from now on, and removed on save
    emit status(tr("Draft restored; save to keep it."), 0);
}

void EditorFile::keepDraftAtSessionEnd()
{
    m_draftTimer.stop();
    writeDraft();
}

void EditorFile::removeDraft()
{
    m_draftTimer.stop();
    EditorDrafts::remove(m_draftFile);
}

void EditorFile::chooseAndOpen()
{
    if (!confirmDiscard())
        return;
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Open a playbook or scenario"), folder(PlaybookSource::User),
                                     tr("Playbooks and scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void EditorFile::chooseAndSaveAs(const QString &suggestedName, bool scenario)
{
    const QString suggestion =
        m_path.isEmpty() || m_path.startsWith(kBuiltInPrefix)
            ? QDir(folder(PlaybookSource::User)).filePath(suggestedName + QStringLiteral(".json"))
            : m_path;
    const QString path =
        QFileDialog::getSaveFileName(&m_window, scenario ? tr("Save the scenario as") : tr("Save the playbook as"),
                                     suggestion, tr("Playbooks and scenarios (*.json)"));
    if (!path.isEmpty())
        saveTo(path);
}

void EditorFile::chooseNew()
{
    if (!confirmDiscard())
        return;
    const QStringList paths = PlaybookLibrary::builtInPlaybookFiles();
    QStringList titles;
    for (const QString &path : paths)
        titles << titleOf(path);
    bool chosen = false;
    const QString title = QInputDialog::getItem(&m_window, tr("New playbook"), tr("Start from the shipped playbook:"),
                                                titles, 0, false, &chosen);
    if (chosen && titles.contains(title))
        newFromShipped(paths.at(titles.indexOf(title)));
}

} // namespace steadyline::gui
