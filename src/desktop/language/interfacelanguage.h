#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace steadyline::gui {

// The language of the interface: the user's choice (Settings::Key::InterfaceLanguage) or, when
// that is empty, the system's. Installs Steadyline's translation and Qt's own (the texts of file
// dialogs and standard buttons), and makes the language the default QLocale so that dates, times
// and numbers follow it. Applying another language while windows are open sends them a
// LanguageChange event; windows that handle it switch without a restart.
class InterfaceLanguage
{
public:
    InterfaceLanguage();
    ~InterfaceLanguage();
    InterfaceLanguage(const InterfaceLanguage &) = delete;
    InterfaceLanguage &operator=(const InterfaceLanguage &) = delete;

    // The interface languages Steadyline has: "en", "pl", "cs", "ru".
    [[nodiscard]] static QStringList available();
    // The language `choice` stands for: itself when available, else the first of the system's
    // preferred languages that is available, else English.
    [[nodiscard]] static QString resolve(const QString &choice, const QLocale &system = QLocale::system());

    // Installs the translations for `choice` ("" = the system's) in place of the previous ones and
    // returns the language now in use.
    QString apply(const QString &choice);
    [[nodiscard]] QString current() const { return m_current; }

private:
    void removeTranslators();

    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QString m_current;
};

} // namespace steadyline::gui
