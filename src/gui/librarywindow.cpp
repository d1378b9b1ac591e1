#include "librarywindow.h"

#include "playbook/playbooklibrary.h"
#include "ui_librarywindow.h"

namespace steadyline::gui {

LibraryWindow::LibraryWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::LibraryWindow>())
{
    m_ui->setupUi(this);
    connect(m_ui->playbookList, &QListWidget::currentRowChanged, this, &LibraryWindow::showPlaybook);
    loadLibrary();
}

LibraryWindow::~LibraryWindow() = default;

void LibraryWindow::loadLibrary()
{
    const QString locale = QLocale().name().left(2);
    for (const QString &path : PlaybookLibrary::builtInPlaybookFiles()) {
        LoadResult result = PlaybookLoader::loadFile(path);
        QString text = path.section(QLatin1Char('/'), -1);
        if (result.ok())
            text = result.playbook->title.resolve(locale, result.playbook->baseLocale);
        m_ui->playbookList->addItem(text);
        m_playbooks.push_back(std::move(result));
    }
    statusBar()->showMessage(tr("%n playbook(s) loaded", nullptr, static_cast<int>(m_playbooks.size())));
    if (!m_playbooks.empty())
        m_ui->playbookList->setCurrentRow(0);
}

void LibraryWindow::showPlaybook(int row)
{
    if (row < 0 || static_cast<std::size_t>(row) >= m_playbooks.size())
        return;
    const LoadResult &result = m_playbooks[static_cast<std::size_t>(row)];
    if (!result.ok()) {
        QStringList lines;
        for (const Diagnostic &d : result.diagnostics)
            lines << d.toString().toHtmlEscaped();
        m_ui->playbookDetails->setHtml(lines.join(QStringLiteral("<br>")));
        return;
    }
    const Playbook &playbook = *result.playbook;
    const QString locale = QLocale().name().left(2);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p><ol>")
                       .arg(playbook.title.resolve(locale, playbook.baseLocale).toHtmlEscaped(),
                            playbook.description.resolve(locale, playbook.baseLocale).toHtmlEscaped(),
                            tr("Revision %1 · languages: %2")
                                .arg(playbook.revision)
                                .arg(playbook.locales.join(QStringLiteral(", "))));
    for (const Step &step : playbook.steps)
        html += QStringLiteral("<li><b>%1</b> %2</li>")
                    .arg(step.label.toHtmlEscaped(), step.title.resolve(locale, playbook.baseLocale).toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_ui->playbookDetails->setHtml(html);
}

} // namespace steadyline::gui
