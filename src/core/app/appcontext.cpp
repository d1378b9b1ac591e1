#include "appcontext.h"

#include "settings/settings.h"

namespace steadyline {

AppContext::AppContext(Settings &settings, journal::Journal *journal, QString journalError,
                       PlaybookCatalog::PreloadedPlaybooks builtInPlaybooks, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_journalError(std::move(journalError))
    , m_catalog(std::move(builtInPlaybooks))
{
    followPlaybookFolders();
}

void AppContext::followPlaybookFolders()
{
    m_catalog.setFolders(m_settings.string(Settings::Key::TeamPlaybookFolder),
                         m_settings.string(Settings::Key::UserPlaybookFolder));
}

void AppContext::applySettings()
{
    followPlaybookFolders();
    emit settingsChanged();
}

} // namespace steadyline
