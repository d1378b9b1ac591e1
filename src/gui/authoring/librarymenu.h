#pragma once

#include <QMenu>

namespace steadyline {
class PlaybookCatalog;
}

namespace steadyline::gui {

// "Open from the library": every playbook version and scenario file the catalog knows (built in,
// team folder, the user's folder), filled each time it opens so it follows the folders.
class LibraryMenu : public QMenu
{
    Q_OBJECT

public:
    LibraryMenu(const PlaybookCatalog &catalog, QWidget *parent = nullptr);

signals:
    void fileChosen(const QString &path);

private:
    void fill();
    void addFile(const QString &text, const QString &path);

    const PlaybookCatalog &m_catalog;
};

} // namespace steadyline::gui
