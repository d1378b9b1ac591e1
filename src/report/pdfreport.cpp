#include "pdfreport.h"

#include "pdfdocument.h"

#include <QGuiApplication>
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
    useReportFont(document);
    document.setMarkdown(QString::fromUtf8(journal::callReportMarkdown(report)));
    const QByteArray bytes = printA4Pdf(document, QStringLiteral("Steadyline call report"));
    if (bytes.isEmpty()) {
        if (error != nullptr)
            *error = QStringLiteral("the PDF could not be made.");
        return {};
    }
    return bytes;
}

} // namespace steadyline::report
