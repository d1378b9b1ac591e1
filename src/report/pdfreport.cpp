#include "pdfreport.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace steadyline::report {

QByteArray callReportPdf(const journal::CallReport &report, QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()) == nullptr) {
        if (error != nullptr)
            *error = QStringLiteral("a PDF can only be made with a QGuiApplication running.");
        return {};
    }

    QTextDocument document;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    // No ligatures: "final" drawn with an fi ligature is not found by a search for "final".
    font.setStyleStrategy(QFont::PreferNoShaping);
    document.setDefaultFont(font);
    document.setMarkdown(QString::fromUtf8(journal::callReportMarkdown(report)));

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly)) {
        if (error != nullptr)
            *error = QStringLiteral("the PDF could not be laid out in memory.");
        return {};
    }
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QStringLiteral("Steadyline call report"));
        writer.setCreator(QStringLiteral("Steadyline"));
        writer.setResolution(300);
        // QTextDocument::print lays an unpaginated document out with 2 cm margins of its own inside
        // these and numbers the pages at the foot: 5 mm here make 2.5 cm in all.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(5, 5, 5, 5),
                                         QPageLayout::Millimeter));
        document.print(&writer);
    } // the writer finishes the file when it goes
    buffer.close();
    if (bytes.isEmpty() || !bytes.startsWith("%PDF-")) {
        if (error != nullptr)
            *error = QStringLiteral("the PDF could not be made.");
        return {};
    }
    return bytes;
}

} // namespace steadyline::report
