#include "pdfdocument.h"

#include <QBuffer>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace steadyline::report {

void useReportFont(QTextDocument &document)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    // No ligatures: "final" drawn with an fi ligature is not found by a search for "final".
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
}

QByteArray printA4Pdf(QTextDocument &document, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Steadyline"));
        writer.setResolution(300);
        // QTextDocument::print lays an unpaginated document out with 2 cm margins of its own inside
        // these and numbers the pages at the foot: 5 mm here make 2.5 cm in all.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(5, 5, 5, 5),
                                         QPageLayout::Millimeter));
        document.print(&writer);
    } // the writer finishes the file when it goes
    buffer.close();
    if (!bytes.startsWith("%PDF-"))
        return {};
    return bytes;
}

} // namespace steadyline::report
