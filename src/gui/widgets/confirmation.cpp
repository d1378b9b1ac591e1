#include "confirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace steadyline::gui {

bool Confirmation::ask(QWidget *parent, const QString &title, const QString &text, const QString &confirmText)
{
    if (s_nextAnswer) {
        const bool answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    QPushButton *confirm = box.addButton(confirmText, QMessageBox::DestructiveRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    return box.clickedButton() == confirm;
}

} // namespace steadyline::gui
