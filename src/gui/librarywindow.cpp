#include "librarywindow.h"

#include "ui_librarywindow.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QStyle>

namespace steadyline::gui {

void showCatalogProblems(QLabel *banner, const PlaybookCatalog &catalog)
{
    const auto &problems = catalog.problems();
    QStringList lines;
    QStringList details;
    for (const CatalogProblem &problem : problems) {
        lines << problem.message;
        for (const Diagnostic &d : problem.diagnostics)
            details << d.toString();
    }
    banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b000; border-radius: 4px; "
                       "padding: 6px; }"));
    banner->setText(lines.join(QLatin1Char('\n')));
    // The full list, compiler style, for whoever fixes the file.
    banner->setToolTip(details.mid(0, 20).join(QLatin1Char('\n')));
    banner->setVisible(!problems.empty());
}

LibraryWindow::LibraryWindow(QWidget *parent)
    : LibraryWindow(std::make_unique<PlaybookCatalog>(), nullptr, parent)
{}

LibraryWindow::LibraryWindow(PlaybookCatalog &catalog, QWidget *parent)
    : LibraryWindow(nullptr, &catalog, parent)
{}

LibraryWindow::LibraryWindow(std::unique_ptr<PlaybookCatalog> own, PlaybookCatalog *shared, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::LibraryWindow>())
    , m_ownCatalog(std::move(own))
    , m_catalog(shared ? *shared : *m_ownCatalog)
{
    m_ui->setupUi(this);
    connect(m_ui->playbookList, &QListWidget::currentRowChanged, this, &LibraryWindow::showPlaybook);
    connect(&m_catalog, &PlaybookCatalog::changed, this, &LibraryWindow::showCatalog);
    connect(&m_catalog, &PlaybookCatalog::fileRejected, this,
            [this] { showCatalogProblems(m_ui->problemBanner, m_catalog); });
    showCatalog();
}

LibraryWindow::~LibraryWindow() = default;

void LibraryWindow::showCatalog()
{
    const QString locale = QLocale().name().left(2);
    const QString current =
        m_ui->playbookList->currentRow() >= 0 ? m_ids.value(m_ui->playbookList->currentRow()) : QString();
    m_ui->playbookList->blockSignals(true);
    m_ui->playbookList->clear();
    m_ids.clear();
    for (const CatalogEntry &entry : m_catalog.entries()) {
        const Playbook &playbook = entry.active->playbook();
        const QString title = playbook.title.resolve(locale, playbook.baseLocale);
        auto *item = new QListWidgetItem(QStringLiteral("%1 · %2").arg(title, playbookSourceName(entry.active->source)),
                                         m_ui->playbookList);
        item->setToolTip(entry.why);
        if (entry.stale)
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_ids << entry.id;
    }
    m_ui->playbookList->blockSignals(false);

    m_ui->scenarioList->clear();
    for (const CatalogScenarioFile &scenario : m_catalog.scenarioFiles()) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 · %2").arg(QFileInfo(scenario.path).fileName(), playbookSourceName(scenario.source)),
            m_ui->scenarioList);
        item->setToolTip(QDir::toNativeSeparators(scenario.path));
    }
    m_ui->scenarioHeading->setVisible(!m_catalog.scenarioFiles().empty());
    m_ui->scenarioList->setVisible(!m_catalog.scenarioFiles().empty());

    showCatalogProblems(m_ui->problemBanner, m_catalog);
    statusBar()->showMessage(tr("%n playbook(s) loaded", nullptr, static_cast<int>(m_ids.size())));
    const qsizetype row = m_ids.indexOf(current);
    m_ui->playbookList->setCurrentRow(row >= 0 ? static_cast<int>(row) : (m_ids.isEmpty() ? -1 : 0));
    showPlaybook(m_ui->playbookList->currentRow());
}

void LibraryWindow::showPlaybook(int row)
{
    const CatalogEntry *entry = row >= 0 ? m_catalog.entry(m_ids.value(row)) : nullptr;
    if (!entry) {
        m_ui->playbookDetails->clear();
        return;
    }
    const Playbook &playbook = entry->active->playbook();
    const QString locale = QLocale().name().left(2);
    const QString where = entry->active->source == PlaybookSource::BuiltIn
                              ? playbookSourceName(entry->active->source)
                              : QStringLiteral("%1 (%2)").arg(playbookSourceName(entry->active->source),
                                                              QDir::toNativeSeparators(entry->active->path));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3<br>%4</p><p><i>%5</i></p><ol>")
                       .arg(playbook.title.resolve(locale, playbook.baseLocale).toHtmlEscaped(),
                            playbook.description.resolve(locale, playbook.baseLocale).toHtmlEscaped(),
                            tr("Revision %1 · languages: %2")
                                .arg(playbook.revision)
                                .arg(playbook.locales.join(QStringLiteral(", ")))
                                .toHtmlEscaped(),
                            tr("From: %1").arg(where).toHtmlEscaped(), entry->why.toHtmlEscaped());
    for (const Step &step : playbook.steps)
        html += QStringLiteral("<li><b>%1</b> %2</li>")
                    .arg(step.label.toHtmlEscaped(), step.title.resolve(locale, playbook.baseLocale).toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_ui->playbookDetails->setHtml(html);
}

} // namespace steadyline::gui
