#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <spdlog/spdlog.h>

namespace steadyline::gui {

namespace {

const QString kEnglish = QStringLiteral("en");

// The locale for dates, times and numbers: the system's own when it speaks the chosen language
// (a consultant in Brno keeps cs_CZ), else the language's main country.
QLocale localeFor(const QString &language, const QLocale &system)
{
    const QLocale chosen(language);
    return system.language() == chosen.language() ? system : chosen;
}

} // namespace

InterfaceLanguage::InterfaceLanguage() = default;

InterfaceLanguage::~InterfaceLanguage()
{
    removeTranslators();
}

QStringList InterfaceLanguage::available()
{
    return {kEnglish, QStringLiteral("pl"), QStringLiteral("cs"), QStringLiteral("ru")};
}

QString InterfaceLanguage::resolve(const QString &choice, const QLocale &system)
{
    if (available().contains(choice))
        return choice;
    // "pl-PL", "cs", "en-GB", …: the user's order of preference, as the desktop gives it.
    for (const QString &preferred : system.uiLanguages()) {
        const QString language = preferred.section(QLatin1Char('-'), 0, 0).toLower();
        if (available().contains(language))
            return language;
    }
    return kEnglish;
}

QString InterfaceLanguage::apply(const QString &choice)
{
    const QLocale system = QLocale::system();
    const QString language = resolve(choice, system);
    removeTranslators();

    // Built in (see cmake/SteadylineTranslations.cmake); English holds only the plural forms.
    m_appTranslator = std::make_unique<QTranslator>();
    if (m_appTranslator->load(QStringLiteral(":/i18n/steadyline_") + language))
        QCoreApplication::installTranslator(m_appTranslator.get());
    else
        spdlog::warn("The interface translation for {} is missing", language.toStdString());
    // Qt's own texts (Debian: qt6-translations-l10n); without them those few stay in English.
    m_qtTranslator = std::make_unique<QTranslator>();
    if (language != kEnglish &&
        m_qtTranslator->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());

    QLocale::setDefault(choice.isEmpty() ? system : localeFor(language, system));
    m_current = language;
    return language;
}

void InterfaceLanguage::removeTranslators()
{
    // Removing a translator that was never installed is harmless (returns false).
    for (auto *translator : {m_appTranslator.get(), m_qtTranslator.get()}) {
        if (translator)
            QCoreApplication::removeTranslator(translator);
    }
    m_appTranslator.reset();
    m_qtTranslator.reset();
}

} // namespace steadyline::gui
