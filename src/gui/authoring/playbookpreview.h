#pragma once

#include "playbook/playbookengine.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QGridLayout;

namespace steadyline::gui {

// The step card as the consultant will see it, rendered by the real engine from the playbook
// being edited, with pickers for the call (locale, channel, form of address, consultant's
// gender) and a button per event of the current step and for the timer. The path taken is
// replayed on every new version of the playbook, so an edit shows at once where the lead is.
class PlaybookPreview : public QWidget
{
    Q_OBJECT

public:
    explicit PlaybookPreview(QWidget *parent = nullptr);
    ~PlaybookPreview() override;

    // A new valid version of the playbook; the path taken so far is replayed on it as far as
    // it still leads. Clears the "stale" note.
    void setPlaybook(std::shared_ptr<const Playbook> playbook);
    // The text has errors: the card keeps the last valid version and says so.
    void setStale(bool stale);
    [[nodiscard]] bool isStale() const { return m_stale; }
    [[nodiscard]] bool hasPlaybook() const { return m_playbook != nullptr; }
    // The last valid version shown (null before the first).
    [[nodiscard]] const std::shared_ptr<const Playbook> &playbook() const { return m_playbook; }
    [[nodiscard]] QString currentStepId() const;
    [[nodiscard]] QString locale() const;
    // Presses the index-th button under the card (the step's events, then the timer), as
    // Ctrl+1…Ctrl+9 do in the editor. False if there is no such button.
    bool pressButton(int index);

protected:
    void changeEvent(QEvent *event) override;

signals:
    void currentStepChanged(const QString &stepId);
    void localeChanged(const QString &locale);

private:
    void retranslate();
    void fillAddresses();
    void onLocaleChanged();
    void rebuildEngine();
    void fire(const QString &input);
    void undo();
    void restart();
    void showStep();
    void fillLocales();
    [[nodiscard]] CallSetup setup() const;

    std::shared_ptr<const Playbook> m_playbook;
    std::unique_ptr<PlaybookEngine> m_engine;
    QStringList m_inputs; // events fired (and "@timeout"), replayed on each new version
    bool m_stale = false;

    QComboBox *m_localeCombo = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QComboBox *m_addressCombo = nullptr;
    QComboBox *m_genderCombo = nullptr;
    QLabel *m_localeLabel = nullptr;
    QLabel *m_channelLabel = nullptr;
    QLabel *m_addressLabel = nullptr;
    QLabel *m_genderLabel = nullptr;
    QLabel *m_staleNote = nullptr;
    QFrame *m_card = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_path = nullptr;
    QLabel *m_line = nullptr;
    QLabel *m_phrasings = nullptr;
    QLabel *m_timer = nullptr;
    QLabel *m_tips = nullptr;
    QLabel *m_actions = nullptr;
    QWidget *m_eventArea = nullptr;
    QGridLayout *m_eventLayout = nullptr;
    std::vector<QPushButton *> m_eventButtons;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_restartButton = nullptr;
};

} // namespace steadyline::gui
