#pragma once

#include "playbook/playbookloader.h"

#include <QMainWindow>

#include <memory>
#include <vector>

namespace Ui {
class MainWindow;
}

namespace steadyline::gui {

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void loadLibrary();
    void showPlaybook(int row);

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::vector<LoadResult> m_playbooks;
};

} // namespace steadyline::gui
