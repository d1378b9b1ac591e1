#include "playbooklibrary.h"

#include <QDir>

namespace steadyline {

QStringList PlaybookLibrary::builtInPlaybookFiles()
{
    const QDir dir(QStringLiteral(":/playbooks"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

} // namespace steadyline
