#pragma once

#include "playbook/playbookcatalog.h"
#include "playbook/playbookengine.h"

#include <QObject>

class QLabel;

namespace Ui {
class AssistWindow;
}

namespace steadyline {
class Settings;
}

namespace steadyline::gui {

// The start page's form: which playbook (the last one, else the 3.5 steps in the user's
// language), the channel, how the caller is addressed in the playbook's language, the case or
// caller reference, and where the chosen playbook's version comes from. It builds the call's
// setup and remembers the choices for the next call.
class CallStartForm : public QObject
{
    Q_OBJECT

public:
    CallStartForm(Ui::AssistWindow &ui, Settings &settings, PlaybookCatalog &catalog, QObject *parent = nullptr);

    // Fills the playbook choice again from the catalog; the choice stays on the same playbook id.
    void reload();
    // The version a call started now would use (a running call keeps its own).
    [[nodiscard]] PlaybookSnapshot selected() const;
    [[nodiscard]] QString selectedId() const;
    // The call's setup from the form (the consultant's name and gender from the settings); the
    // choices are remembered for the next start.
    [[nodiscard]] CallSetup takeSetup(const Playbook &playbook);

    // For the softphone: the channel, the caller's reference and the playbook its rules choose.
    void chooseChannel(Channel channel);
    void setCallerReference(const QString &reference);
    void clearCallerReference();
    // False when no such playbook is in the catalog (the choice stays).
    bool choosePlaybook(const QString &playbookId);
    void retranslate();

private:
    void updateAddressChoices();
    void showSource();

    Ui::AssistWindow &m_ui;
    Settings &m_settings;
    PlaybookCatalog &m_catalog;
    QLabel *m_source = nullptr; // where the chosen playbook comes from, and why that version
};

// How the caller is addressed, in the playbook's language: "Pan"/"Pani"/"Państwo", "pan"/"paní", …
[[nodiscard]] QString addressDisplayName(FormOfAddress address, const QString &locale);
// The name of the choice on the start page; the plural form says when some of `playbook`'s lines
// lack it and would show both forms ("Panu/Pani").
[[nodiscard]] QString addressChoiceText(FormOfAddress address, const Playbook &playbook);

} // namespace steadyline::gui
