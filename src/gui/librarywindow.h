#pragma once

#include "playbook/playbookloader.h"

#include <QMainWindow>

#include <memory>
#include <vector>

namespace Ui {
class LibraryWindow;
}

namespace steadyline::gui {

class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit LibraryWindow(QWidget *parent = nullptr);
    ~LibraryWindow() override;

private:
    void loadLibrary();
    void showPlaybook(int row);

    std::unique_ptr<Ui::LibraryWindow> m_ui;
    std::vector<LoadResult> m_playbooks;
};

} // namespace steadyline::gui
